import type { Passage, SentenceSpan } from '@notetutor/notes';
import { indexTable } from '../grounding/index-table';

/** A sentence of the original longer than this (characters) is aligned clause by clause. */
const LONG_ORIGINAL_SENTENCE = 130;
const CLAUSE_END = /[，,；;：:]/u;
/** Words written alike in both languages (with a capital or a digit: `UTS`, `Docker`, `3.10`), and `?`. */
const ANCHOR = /[A-Za-z0-9][A-Za-z0-9.]*[A-Za-z0-9]|\?/g;

/** What aligning against an original passage needs, computed once per passage. */
interface OriginalUnits {
  units: SentenceSpan[];
  /** Start and end of each unit as shares of the passage. */
  from: Float64Array;
  to: Float64Array;
  /** Anchor ids of each unit (ids index `anchorId`'s values). */
  anchors: Int32Array[];
  anchorId: Map<string, number>;
}

/** What `alignOriginalQuote` computes once per original passage (pass `prepareIndex(kb).table(ORIGINAL_UNITS)`). */
export const ORIGINAL_UNITS = indexTable('original units', () => new Map<Passage, OriginalUnits>());

/**
 * The part of an original passage that a quoted span of its translation renders. The translation keeps the
 * original's bullets and, mostly, its sentences: when both have as many sentences, the quoted sentences map
 * one to one. Otherwise (a translator split a long Chinese sentence, or joined two) the quote is aligned by
 * position and anchors: of the runs of the original's units (sentences, long ones cut into clauses), the one
 * whose start and end, as shares of the passage, lie closest to the quote's, and that shares the most names
 * and numbers written alike in both languages (`UTS`, `PID`, `3.10`) and question marks with it. So one
 * English sentence shows the Chinese sentence or clauses it renders rather than the whole bullet. Always a
 * substring of the original.
 *
 * @example
 * alignOriginalQuote(english, chinese, 0, 42); // the Chinese sentence(s) the first English sentence renders
 */
export function alignOriginalQuote(
  translation: Passage,
  original: Passage,
  start: number,
  end: number,
  memo?: Map<Passage, OriginalUnits>,
): string {
  const ts = translation.sentences;
  const os = original.sentences;
  if (ts.length === 0 || os.length === 0) return original.text;
  let firstQuoted = -1;
  let lastQuoted = -1;
  for (let i = 0; i < ts.length; i++) {
    const sentence = ts[i] as SentenceSpan;
    if (sentence.end > start && sentence.start < end) {
      if (firstQuoted === -1) firstQuoted = i;
      lastQuoted = i;
    }
  }
  if (firstQuoted === -1) return original.text;

  if (ts.length === os.length) {
    return original.text.slice((os[firstQuoted] as SentenceSpan).start, (os[lastQuoted] as SentenceSpan).end);
  }

  // The share of the translation the quote covers, from its first to its last quoted sentence.
  const tFrom = (ts[0] as SentenceSpan).start;
  const tLength = Math.max(1, (ts[ts.length - 1] as SentenceSpan).end - tFrom);
  const quoteStart = (ts[firstQuoted] as SentenceSpan).start;
  const quoteEnd = (ts[lastQuoted] as SentenceSpan).end;
  const shareStart = (quoteStart - tFrom) / tLength;
  const shareEnd = (quoteEnd - tFrom) / tLength;

  const { units, from, to, anchors, anchorId } = unitsOf(original, memo);
  // The anchors of the quote that the original has at all; the others (sentence-initial capitals such as
  // "When") say nothing about where the quote lies.
  const wanted = new Uint8Array(anchorId.size);
  let wantedCount = 0;
  for (const match of translation.text.slice(quoteStart, quoteEnd).normalize('NFKC').matchAll(ANCHOR)) {
    const id = anchorId.get(match[0]);
    if (id !== undefined && wanted[id] === 0 && isAnchor(match[0])) {
      wanted[id] = 1;
      wantedCount++;
    }
  }
  // Every run of consecutive units, scored by how well it agrees with the quote (F1 over the anchors) less
  // how far its ends lie from the quote's.
  const found = new Uint8Array(anchorId.size);
  let best = { score: Number.NEGATIVE_INFINITY, first: 0, last: units.length - 1 };
  for (let first = 0; first < units.length; first++) {
    found.fill(0);
    let foundCount = 0;
    let shared = 0;
    for (let last = first; last < units.length; last++) {
      for (const id of anchors[last] as Int32Array) {
        if (found[id] === 1) continue;
        found[id] = 1;
        foundCount++;
        shared += wanted[id] as number;
      }
      const precision = foundCount === 0 ? 1 : shared / foundCount;
      const recall = wantedCount === 0 ? 1 : shared / wantedCount;
      const agreement = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
      const distance =
        Math.abs((from[first] as number) - shareStart) + Math.abs((to[last] as number) - shareEnd);
      const score = agreement - distance;
      if (score > best.score + 1e-9) best = { score, first, last };
    }
  }
  return original.text.slice(
    (units[best.first] as SentenceSpan).start,
    (units[best.last] as SentenceSpan).end,
  );
}

function unitsOf(original: Passage, cache: Map<Passage, OriginalUnits> | undefined): OriginalUnits {
  const known = cache?.get(original);
  if (known !== undefined) return known;
  const units = original.sentences.flatMap((sentence) =>
    sentence.end - sentence.start > LONG_ORIGINAL_SENTENCE ? clausesOf(original.text, sentence) : [sentence],
  );
  const oFrom = (units[0] as SentenceSpan).start;
  const oLength = Math.max(1, (units[units.length - 1] as SentenceSpan).end - oFrom);
  const anchorId = new Map<string, number>();
  const anchors = units.map((unit) => {
    const ids = new Set<number>();
    for (const match of original.text.slice(unit.start, unit.end).normalize('NFKC').matchAll(ANCHOR)) {
      if (!isAnchor(match[0])) continue;
      let id = anchorId.get(match[0]);
      if (id === undefined) {
        id = anchorId.size;
        anchorId.set(match[0], id);
      }
      ids.add(id);
    }
    return Int32Array.from(ids);
  });
  const result: OriginalUnits = {
    units,
    from: Float64Array.from(units, (unit) => (unit.start - oFrom) / oLength),
    to: Float64Array.from(units, (unit) => (unit.end - oFrom) / oLength),
    anchors,
    anchorId,
  };
  cache?.set(original, result);
  return result;
}

function isAnchor(word: string): boolean {
  return word === '?' || /[A-Z0-9]/.test(word);
}

/** A long sentence cut after its clause punctuation (never inside brackets). */
function clausesOf(text: string, sentence: SentenceSpan): SentenceSpan[] {
  const clauses: SentenceSpan[] = [];
  let start = sentence.start;
  let depth = 0;
  for (let i = sentence.start; i < sentence.end; i++) {
    const c = text.charAt(i);
    if (c === '(' || c === '（') depth++;
    else if ((c === ')' || c === '）') && depth > 0) depth--;
    else if (depth === 0 && CLAUSE_END.test(c) && i + 1 < sentence.end) {
      clauses.push({ start, end: i + 1 });
      start = i + 1;
    }
  }
  clauses.push({ start, end: sentence.end });
  return clauses;
}
