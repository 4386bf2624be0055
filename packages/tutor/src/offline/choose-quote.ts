import type { Passage, SentenceSpan } from '@notetutor/notes';
import { indexTable } from '../grounding/index-table';

/** The part of a passage an answer quotes: a contiguous span of whole sentences or clauses. */
export interface Quote {
  start: number;
  end: number;
  /** `passage.text.slice(start, end)`. */
  text: string;
  score: number;
  /** The span cut at sentence ends, each piece a statement of its own. */
  statements: Statement[];
}

/** A sentence of a quote; `fragment` when it starts inside a sentence of the passage (a later clause). */
export interface Statement {
  text: string;
  fragment: boolean;
}

/** Share of the limit up to which following clauses join a quote even when they score nothing. */
const SOFT_SHARE = 0.6;
/** A preceding clause this short (a share of the limit) is a lead-in and joins the quote. */
const LEAD_IN_SHARE = 0.12;
/** Longest quote, in characters, per language: about two sentences of the notes. */
export const MAX_QUOTE_CHARS = { zh: 130, en: 300 } as const;

/** A Chinese clause that sets the scene for the next one (`…过程中，`, `…的时候，`, `如果…，`): never a quote's end. */
const SUBORDINATE_END_ZH = /(?:过程中|时|时候|后|以后|之后|前|之前)[，,；;：:]?$/u;
const SUBORDINATE_START_ZH = /^(?:如果|假如|假设|因为|由于|虽然|尽管|即使|只要|除非|当)/u;
/** How a clause starts when it depends on the clause before it: a connective or a pronoun. */
const DEPENDENT_START =
  /^(?:所以|因此|因而|但是|但|而且|而|并且|则|它|它们|其|这|该|此|(?:so|but|and|or|which|hence|thus|therefore|then|yet|it|they|this|these|its|their)\b)/iu;
const ANAPHORIC_START = /^(?:它|它们|其|这|该|此|(?:it|they|this|these|its|their)\b)/iu;
const OPENERS = new Set(['(', '（', '“', '「', '『', '[', '【']);
const CLOSERS = new Set([')', '）', '”', '」', '』', ']', '】']);
const QUESTION_END = /[?？]\s*$/u;
const CLAUSE_END_ZH = /[，,；;：:]/u;
const CLAUSE_END_EN = /[,;:]/u;

/**
 * Picks what to quote from a passage: the best-scoring unit (a sentence, or a clause of a sentence too long
 * to quote whole), grown first within its own sentence (following clauses that score anything or fit in 60 %
 * of the limit; preceding ones that score half as well, or a short lead-in), then,
 * if it is whole sentences, to neighbouring whole sentences that score at least half as well, and to the next
 * sentence when that one points back at it (`它…`, `It…`), always within {@link MAX_QUOTE_CHARS} of the
 * passage's language (or `maxChars`). Clauses are never cut inside brackets or quotation marks. Questions the
 * notes ask themselves (`用户空间如何隔离？`) score nothing: they are headings, not statements. The quote is
 * always a substring of the passage text.
 *
 * @example
 * const quote = chooseQuote(passage, (text) => (text.includes('Cgroups') ? 1 : 0));
 * passage.text.includes(quote.text); // true
 */
export function chooseQuote(
  passage: Passage,
  scoreUnit: (text: string, start: number, end: number) => number,
  options: { maxChars?: number; memo?: QuoteUnitsMemo } = {},
): Quote {
  const text = passage.text;
  // Clauses are cut by the passage's own punctuation rules, whatever language the answer is in.
  const own = passage.lang === 'zh' ? 'zh' : 'en';
  const limit = options.maxChars ?? MAX_QUOTE_CHARS[own];
  const { sentences, units, sentenceOf, asks } = unitsOf(passage, limit, options.memo);
  // A question in the notes ("用户空间如何隔离？") asks rather than tells: never quoted as a statement.
  const scores = units.map((unit, i) =>
    asks[i] === 1 ? 0 : scoreUnit(text.slice(unit.start, unit.end), unit.start, unit.end),
  );
  let best = Math.max(0, asks.indexOf(0));
  scores.forEach((score, i) => {
    if (score > (scores[best] as number)) best = i;
  });
  let first = best;
  let last = best;
  const top = scores[best] ?? 0;
  const whole = (i: number) => {
    const sentence = sentences[sentenceOf[i] as number];
    return sentence !== undefined && units[i]?.start === sentence.start && units[i]?.end === sentence.end;
  };
  const span = (a: number, b: number) => (units[b] as SentenceSpan).end - (units[a] as SentenceSpan).start;
  // Neighbouring clauses of the best unit's sentence join: reading on, any that scores and, up to a soft
  // limit, any at all; reading back, only one scoring at least half as well or a short lead-in ("By
  // default,", "目前随着Docker发展，"). A clause cut out of its sentence reads worse than more of it.
  const sameSentence = (i: number) => sentenceOf[i] === sentenceOf[best];
  const length = (i: number) => (units[i] as SentenceSpan).end - (units[i] as SentenceSpan).start;
  const scoring = (i: number) => (scores[i] as number) > 0;
  while (
    last + 1 < units.length &&
    sameSentence(last + 1) &&
    span(first, last + 1) <= limit &&
    (scoring(last + 1) || span(first, last + 1) <= limit * SOFT_SHARE)
  ) {
    last++;
  }
  // Chinese puts a subordinate clause before the clause it belongs to: read-on clauses that stop short of the
  // sentence's end would leave a dangling "…我们构建镜像过程中" that the next clause finishes. (English mostly
  // puts them after: "…LXC; its arrival achieved …, keeping environments uniform" reads on fine.)
  if (own === 'zh' && last + 1 < units.length && sameSentence(last + 1)) {
    const dangling = (i: number) => {
      const unitText = text.slice((units[i] as SentenceSpan).start, (units[i] as SentenceSpan).end);
      return SUBORDINATE_END_ZH.test(unitText) || SUBORDINATE_START_ZH.test(unitText);
    };
    while (last > best && (!scoring(last) || dangling(last))) last--;
  }
  while (first - 1 >= 0 && sameSentence(first - 1) && span(first - 1, last) <= limit) {
    if ((scores[first - 1] as number) >= top / 2) first--;
    else {
      if (length(first - 1) <= limit * LEAD_IN_SHARE) first--;
      break;
    }
  }
  // A clause that leans on the one before (`so complete isolation can be achieved`, `所以…`, `it…`) does not
  // stand alone: bring in what it leans on, as far as the limit allows.
  while (
    first - 1 >= 0 &&
    sameSentence(first - 1) &&
    DEPENDENT_START.test(text.slice((units[first] as SentenceSpan).start)) &&
    span(first - 1, last) <= limit
  ) {
    first--;
  }
  // Then whole neighbouring sentences that score at least half as well as the best unit.
  const worth = (i: number) => top > 0 && (scores[i] as number) >= top / 2 && whole(i);
  if (whole(first) && whole(last)) {
    for (;;) {
      const before = first - 1 >= 0 && worth(first - 1) && span(first - 1, last) <= limit;
      const after = last + 1 < units.length && worth(last + 1) && span(first, last + 1) <= limit;
      if (!before && !after) break;
      if (after && (!before || (scores[last + 1] as number) >= (scores[first - 1] as number))) last++;
      else first--;
    }
  }
  // Reading on, a whole sentence that says something the question asks continues the thought: keep it if it fits.
  if (whole(first) && whole(last)) {
    while (
      last + 1 < units.length &&
      whole(last + 1) &&
      (scores[last + 1] as number) > 0 &&
      span(first, last + 1) <= limit
    )
      last++;
  }
  // A following sentence that points back (`它可以…`, `It can…`) finishes the thought: keep it if it fits.
  const next = units[last + 1];
  if (
    top > 0 &&
    next &&
    whole(last + 1) &&
    whole(last) &&
    ANAPHORIC_START.test(text.slice(next.start, next.end)) &&
    span(first, last + 1) <= limit
  ) {
    last++;
  }
  const start = (units[first] as SentenceSpan).start;
  const end = (units[last] as SentenceSpan).end;
  const statements: Statement[] = [];
  for (const sentence of sentences) {
    const s = Math.max(sentence.start, start);
    const e = Math.min(sentence.end, end);
    if (e > s) statements.push({ text: text.slice(s, e), fragment: s > sentence.start });
  }
  let score = 0;
  for (let i = first; i <= last; i++) score += scores[i] as number;
  return { start, end, text: text.slice(start, end), score, statements };
}

/** How a passage is cut into quotable units for one length limit; the same for every question. */
interface Units {
  sentences: readonly SentenceSpan[];
  units: SentenceSpan[];
  /** Index in `sentences` of the sentence each unit belongs to. */
  sentenceOf: Int32Array;
  /** 1 for a unit that is a question the notes ask. */
  asks: Uint8Array;
}

/** A passage's quotable units by length limit, remembered per passage. */
export type QuoteUnitsMemo = Map<Passage, Map<number, Units>>;

/** The units `chooseQuote` cuts passages into, kept with the index (`prepareIndex(kb).table(QUOTE_UNITS)`). */
export const QUOTE_UNITS = indexTable('quote units', (): QuoteUnitsMemo => new Map());

function unitsOf(passage: Passage, limit: number, memo: QuoteUnitsMemo | undefined): Units {
  let byLimit = memo?.get(passage);
  const known = byLimit?.get(limit);
  if (known !== undefined) return known;
  const text = passage.text;
  const own = passage.lang === 'zh' ? 'zh' : 'en';
  const sentences = passage.sentences.length > 0 ? passage.sentences : [{ start: 0, end: text.length }];
  const units: SentenceSpan[] = [];
  for (const sentence of sentences) {
    if (sentence.end - sentence.start <= limit) units.push(sentence);
    else for (const clause of splitClauses(text, sentence, own)) units.push(clause);
  }
  const result: Units = {
    sentences,
    units,
    sentenceOf: Int32Array.from(units, (unit) =>
      sentences.findIndex((s) => unit.start >= s.start && unit.end <= s.end),
    ),
    asks: Uint8Array.from(units, (unit) => (QUESTION_END.test(text.slice(unit.start, unit.end)) ? 1 : 0)),
  };
  if (byLimit === undefined) {
    byLimit = new Map();
    memo?.set(passage, byLimit);
  }
  byLimit.set(limit, result);
  return result;
}

/** Cuts a long sentence after clause punctuation into pieces of at most `maxChars` where possible. */
function splitClauses(text: string, sentence: SentenceSpan, language: 'zh' | 'en'): SentenceSpan[] {
  const pattern = language === 'zh' ? CLAUSE_END_ZH : CLAUSE_END_EN;
  const pieces: SentenceSpan[] = [];
  let start = sentence.start;
  let depth = 0;
  let quoted = false;
  for (let i = sentence.start; i < sentence.end; i++) {
    const c = text.charAt(i);
    // Never cut inside brackets or quotation marks: `"build once, run anywhere"`, `(主机名称、文件系统)`.
    if (OPENERS.has(c)) depth++;
    else if (CLOSERS.has(c)) depth = Math.max(0, depth - 1);
    else if (c === '"') quoted = !quoted;
    if (depth > 0 || quoted) continue;
    if (pattern.test(c) && (language === 'zh' || /\s/.test(text.charAt(i + 1)))) {
      pushTrimmed(text, start, i + 1, pieces);
      start = i + 1;
    }
  }
  pushTrimmed(text, start, sentence.end, pieces);
  return pieces.length > 0 ? pieces : [sentence];
}

function pushTrimmed(text: string, start: number, end: number, into: SentenceSpan[]): void {
  let s = start;
  let e = end;
  while (s < e && /\s/.test(text.charAt(s))) s++;
  while (e > s && /\s/.test(text.charAt(e - 1))) e--;
  if (e > s) into.push({ start: s, end: e });
}
