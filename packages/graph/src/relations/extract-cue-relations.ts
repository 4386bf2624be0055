import type { ConceptKind } from '@notetutor/contracts';
import { isChineseVerb, isShortChineseNoun } from '@notetutor/lexicon';
import type { RelationSource } from '../types';
import {
  type CompiledCue,
  type CompiledCues,
  leadingSlotBefore,
  MENTION_BASE,
} from '../vocabulary/compile-cue-patterns';
import type { PassageAnalysis } from './analyse-passage';
import { coOccurrence, type RelationCandidate } from './relation-candidate';
import { beginsLatinTerm, resolveCueSlots, type SubjectRoute } from './resolve-cue-slots';

/** What relation extraction needs to know about concepts besides the text. */
export interface ConceptFacts {
  kindOf(id: string): ConceptKind | undefined;
  /** A class noun (`bridge`): a name right before it is one of its instances (`the docker0 bridge`). */
  isClassNoun?(id: string): boolean;
}

/** Where the candidates of one passage (or heading) go, and how strongly they count. */
export interface CandidateSink {
  evidence: readonly string[];
  strength: number;
  via: RelationSource;
  out: { push(candidate: RelationCandidate): void };
  /** Sentence index → pairs of mention ordinals already related by a cue (`linkedPair(3, 5)`). */
  linked: Map<number, Set<number>>;
}

/** A negation just before a cue word (up to two characters or one word between: `不再使用`, `no longer goes through`). */
const NEGATION_ZH = /(?:不|没有|没|未|并非|无需|无须|别|非)[^,;。\uE000-\uF8FF]{0,2}$/;
const NEGATION_EN = /(?<![a-z])(?:not|never|no longer|without|n't)(?:\s+[a-z]+)?\s*$/;
/** Chinese prepositions: right before a mention they make it an object, not a subject (`与宿主机使用`). */
const PREPOSITIONS_ZH = new Set([
  '与',
  '和',
  '跟',
  '同',
  '对',
  '向',
  '从',
  '在',
  '被',
  '把',
  '将',
  '给',
  '为',
]);

const VIEWING_ZH = /查看|看到|显示|列出/;
/** The strength of a cue the clause does not bear out: a `related-to` as weak as co-occurrence. */
const WEAK_STATEMENT = 0.25;
/** English words that, between a slot and its cue word, put the slot in another phrase or clause. */
const PHRASE_BREAKS_EN = new Set(
  (
    'of in on at for with from under over into onto to by about along between than like as after before during ' +
    'without within that which who whom whose where when while if because although though whether'
  ).split(' '),
);

/**
 * A modal verb right before a mention (`多线程可以并行运行在…`): a modal follows the subject and opens the
 * predicate, so the mention after it modifies the verb (`并行运行`: runs in parallel) and is not the subject.
 */
const MODAL_BEFORE_ZH = /(?:可以|能够|能|会|应该|应当|必须)\s*$/;

/**
 * Whether the mention at `at` sits in a parenthetical aside that the cue's words are outside of (`NIC
 * fetches the packets (via DMA) from RAM`: DMA is how, not what is fetched). The aside is opened between the
 * cue word before the mention and the mention, or closed between the mention and the cue word after it.
 */
function inAside(skeleton: string, at: number, literals: ReadonlyArray<readonly [number, number]>): boolean {
  let before: readonly [number, number] | undefined;
  let after: readonly [number, number] | undefined;
  for (const literal of literals) {
    if (literal[1] <= at) before = literal;
    else if (literal[0] > at && !after) after = literal;
  }
  if (before) {
    let depth = 0;
    for (let i = at - 1; i >= before[1]; i--) {
      const c = skeleton.charCodeAt(i);
      if (c === 0x29 || c === 0xff09) depth++;
      else if (c === 0x28 || c === 0xff08) {
        if (depth === 0) return true;
        depth--;
      }
    }
  }
  if (after) {
    let depth = 0;
    for (let i = at + 1; i < after[0]; i++) {
      const c = skeleton.charCodeAt(i);
      if (c === 0x28 || c === 0xff08) depth++;
      else if (c === 0x29 || c === 0xff09) {
        if (depth === 0) return true;
        depth--;
      }
    }
  }
  return false;
}

/**
 * Whether the cue's clause bears out its slots, subject and object in one clause with nothing standing
 * between them and the cue that would make them part of another phrase.
 *
 * In English: the subject right before the cue (at most four words between — `pods can all inter-communicate
 * via` — none of them a preposition or a relative word that would make it the object of another phrase: `size
 * used under memory pressure`, `understanding of K8s … use kubectl`; before a participle cue, `using`,
 * `called`, only auxiliaries and adverbs, since a participle belongs to the noun right before it: in `queue of
 * txqueuelen length using its algorithm` what uses the algorithm is not txqueuelen), and the object right after
 * it (at most four words, `of` allowed: `a pair of`; a `…` in the pattern next to a slot allows any stretch
 * there, but not past a comma: `provides an upper limit on the value …, known in userspace as` limits nothing
 * in user space).
 *
 * In Chinese (slots are already held within a few characters): not in a temporal clause, and the object is
 * the cue's object — see {@link chineseObjectIsTheCues}.
 */
function statesInClause(
  skeleton: string,
  positions: readonly number[],
  match: RawMatch,
  subject: SubjectRoute,
  isClassNounAt: (at: number) => boolean = () => false,
  runsIntoNounAt: (at: number) => boolean = () => false,
): boolean {
  const firstLiteral = match.literals[0];
  const lastLiteral = match.literals[match.literals.length - 1];
  if (!firstLiteral || !lastLiteral) return true;
  const posA = match.a === undefined ? undefined : positions[match.a];
  const posB = positions[match.b];
  // The slot after the cue's last word (the object, whichever of A and B the pattern puts there).
  const trailing =
    posA !== undefined && posA >= lastLiteral[1]
      ? posA
      : posB !== undefined && posB >= lastLiteral[1]
        ? posB
        : undefined;
  const leading =
    posA !== undefined && posA < firstLiteral[0]
      ? posA
      : posB !== undefined && posB < firstLiteral[0]
        ? posB
        : undefined;
  if (posA !== undefined && inAside(skeleton, posA, match.literals)) return false;
  if (posB !== undefined && inAside(skeleton, posB, match.literals)) return false;
  if (match.cue.lang === 'zh') {
    if (inTemporalClause(skeleton, firstLiteral[0], lastLiteral[1])) return false;
    if (leading !== undefined && MODAL_BEFORE_ZH.test(skeleton.slice(Math.max(0, leading - 4), leading)))
      return false;
    for (const at of [leading, trailing]) if (at !== undefined && beginsLatinTerm(skeleton, at)) return false;
    // `进程队列可以使用 RR`, `通过线程库创建`: the name runs on into a longer noun, which is the subject or object.
    if (leading !== undefined && runsIntoNounAt(leading)) return false;
    if (trailing !== undefined && runsIntoNounAt(trailing)) return false;
    if (trailing === undefined)
      // `…向进程发送的通知`: a cue before 的 and a noun is a relative clause about that noun; only a subject
      // named in it (`A向B发送的通知`: A does send to B) is the one acting.
      return (
        subject === 'slot' || !RELATIVE_CLAUSE_ZH.test(skeleton.slice(lastLiteral[1], lastLiteral[1] + 2))
      );
    return chineseObjectIsTheCues(skeleton, lastLiteral[1], trailing);
  }
  if (match.cue.lang !== 'en') return true;
  const pattern = match.cue.pattern;
  if (leading !== undefined && isObjectInItsClause(skeleton, leading)) return false;
  for (const [at, k] of [
    [posA, match.a],
    [posB, match.b],
  ] as const) {
    // A slot the cue's next word follows is the cue's; any other (the object, or a slot between two cue
    // words: `adds {A} to {B}`) must head its noun phrase.
    if (at === undefined || k === undefined || at < firstLiteral[0]) continue;
    const next = match.literals.find(([start]) => start > at);
    const after = skeleton.slice(at + 1, Math.min(next ? next[0] : skeleton.length, at + 1 + LOOK_AHEAD));
    if (next && after.trim() === '') continue;
    // `the docker0 bridge`: a name before its class noun is the thing itself.
    const nextMention = /^ ?[\uE000-\uF8FF]/u.exec(after);
    if (nextMention && isClassNounAt(at + nextMention[0].length)) continue;
    if (modifiesNextWord(after)) return false;
  }
  if (posA !== undefined && posA < firstLiteral[0] && !/\{A\}\s*…/.test(pattern)) {
    const gap = wordsOf(skeleton.slice(posA + 1, firstLiteral[0]));
    if (gap.length > 4 || gap.some((w) => PHRASE_BREAKS_EN.has(w))) return false;
    if (CONJUNCTIONS_EN.has(gap[0] ?? '')) return false;
    // `are connected to`: after a form of be the cue is the clause's verb, not a participle.
    if (isParticiple(pattern) && !gap.some((w) => BE_EN.test(w)) && !gap.every((w) => ADVERB_EN.test(w)))
      return false;
  }
  if (posB !== undefined && posB > lastLiteral[1]) {
    const between = skeleton.slice(lastLiteral[1], posB);
    if (/[,;:(]/.test(between)) return false;
    if (!/…\s*\{B\}/.test(pattern)) {
      const gap = wordsOf(between);
      if (gap.length > 4 || gap.some((w) => w !== 'of' && PHRASE_BREAKS_EN.has(w))) return false;
      if (
        /\b(?:a|an)$/.test(pattern.replace(/\s*\{B\}$/, '')) &&
        !namesTheClass(gap, skeleton.slice(posB + 1, posB + 1 + LOOK_AHEAD))
      )
        return false;
    }
  }
  return true;
}

/**
 * Whether a Chinese name ending at `end` runs on into a longer noun: the characters right after it are a noun of
 * their own (`线程` + `库`, `进程` + `队列`), so the noun they make is what the clause speaks of. A name followed
 * by a verb, a particle, a localizer or punctuation ends where it stands.
 */
function runsIntoNoun(text: string, end: number): boolean {
  if (!isHanCode(text.charCodeAt(end - 1)) || !isHanCode(text.charCodeAt(end))) return false;
  // The longer word first: `队列` is a noun, `可以` is neither, so the one character decides (`可` is no noun).
  const two = text.slice(end, end + 2);
  if (two.length === 2 && isHanCode(two.charCodeAt(1))) {
    const noun = isShortChineseNoun(two);
    const verb = isChineseVerb(two);
    if (noun || verb) return noun && !verb;
  }
  const one = text.charAt(end);
  return isShortChineseNoun(one) && !isChineseVerb(one);
}

function isHanCode(c: number): boolean {
  return c >= 0x4e00 && c <= 0x9fff;
}

/** The English words of a text, lower-cased. */
function wordsOf(text: string): string[] {
  return text.toLowerCase().match(/[a-z0-9'-]+/g) ?? [];
}

/**
 * After `is a` / `is an`, whether the concept is the class the subject belongs to: the head of the noun
 * phrase, so neither before `of` (`a group of containers`: a group) nor a modifier of a noun after it (`a
 * Kubernetes object`: an object).
 */
function namesTheClass(gap: readonly string[], after: string): boolean {
  if (gap.includes('of')) return false;
  const next = /^\s*([a-z][a-z'-]*)/.exec(after)?.[1];
  return next === undefined || PHRASE_BREAKS_EN.has(next) || next === 'and' || next === 'or';
}

/**
 * Whether an English concept before a cue is an object in its clause rather than the subject: the clause has
 * a subject of its own before it (`you can access the OpenAPIRegistry object via …`), or a preposition or a
 * gerund governs it (`developed for Node.js but also runs on`, `calling z.compile() directly is`).
 */
function isObjectInItsClause(skeleton: string, at: number): boolean {
  let from = at;
  while (from > 0 && !breaksClauseBefore(skeleton.charCodeAt(from - 1))) from--;
  const before =
    skeleton
      .slice(from, at)
      .toLowerCase()
      .match(/[a-z0-9'-]+/g) ?? [];
  if (before.some((w) => SUBJECT_PRONOUNS_EN.has(w))) return true;
  const governing = before.filter((w) => !ARTICLES_EN.has(w)).pop();
  return governing !== undefined && (PREPOSITIONS_EN.has(governing) || /[a-z]{2}ing$/.test(governing));
}
/** `,;:.!?(` or a mention's placeholder: where the clause of a concept begins. */
function breaksClauseBefore(c: number): boolean {
  return (
    c === 0x2c ||
    c === 0x3b ||
    c === 0x3a ||
    c === 0x2e ||
    c === 0x21 ||
    c === 0x3f ||
    c === 0x28 ||
    (c >= 0xe000 && c <= 0xf8ff)
  );
}
const SUBJECT_PRONOUNS_EN = new Set(['i', 'you', 'we', 'they', 'he', 'she']);
const ARTICLES_EN = new Set([
  'the',
  'a',
  'an',
  'this',
  'that',
  'these',
  'those',
  'its',
  'their',
  'your',
  'our',
]);
/** Not `of`: `these three kinds of namespaces are…` is the subject. */
const PREPOSITIONS_EN = new Set(
  'in on at for with from under over into onto to by about along between than like after before during without within'.split(
    ' ',
  ),
);

/**
 * Whether an English concept after a cue only modifies what follows it: another concept (`provides … API
 * references`, `contains libSQL API bindings`) or a plural noun (`adds optional types to`), which then heads
 * the object. A singular word after it is as often the concept's own class word (`the local socket file`,
 * `the PostgreSQL server`) and is let be.
 */
function modifiesNextWord(after: string): boolean {
  if (/^ ?[\uE000-\uF8FF]/u.test(after)) return true;
  const next = /^ ?([a-z][a-z'-]*)(?![a-z'-])/.exec(after)?.[1];
  if (next === undefined || !/[a-z]{2}[^su']s$/.test(next)) return false;
  return !(
    PHRASE_BREAKS_EN.has(next) ||
    FOLLOWERS_EN.has(next) ||
    CONJUNCTIONS_EN.has(next) ||
    BE_EN.test(next) ||
    ADVERB_EN.test(next)
  );
}
/** Words that end in -s and still follow an object rather than modify it. */
const FOLLOWERS_EN = new Set([
  'has',
  'does',
  'was',
  'is',
  'always',
  'sometimes',
  'perhaps',
  'thus',
  'besides',
  'across',
  'towards',
]);

/** How far past a slot the checks on the words after it look (the next word, or `…的方式`). */
const LOOK_AHEAD = 40;

/** A participle cue (`{A} using {B}`, `{A} called {B}`): its first word ends in -ing or -ed. */
function isParticiple(pattern: string): boolean {
  return /^\{A\}\s+[a-z]+(?:ing|ed)\b/.test(pattern);
}
/**
 * Right after a concept, a conjunction starts another clause whose subject is left out: the concept ended the
 * one before (`developed for Node.js but also runs on …`: what runs is not Node.js). After the concept's own
 * verb it joins two of its predicates (`Hono has zero dependencies and uses …`).
 */
const CONJUNCTIONS_EN = new Set(['and', 'but', 'or', 'yet', 'nor', 'so']);
const BE_EN = /^(?:is|are|was|were|be|been|being|get|gets|got)$/;
/** What may stand between a noun and a participle that belongs to it (`containers usually called`). */
const ADVERB_EN = /^(?:also|all|both|then|now|often|always|[a-z]+ly)$/;
/** 的 after the cue and before a word: the cue is inside a relative clause (`向进程发送的通知`). */
const RELATIVE_CLAUSE_ZH = /^的[^，,；;。！？!?\n]/u;

/**
 * Whether the Chinese concept after a cue is the cue's own object: nothing between them that is an object of
 * its own — a verb (`内核需要切换进程`: what is needed is switching, not processes), a Latin-script word
 * (`通过 abort 来终止子进程`: abort is the means), an aside opened in parentheses (`一起使用（先 fork`), a
 * preposition right after the cue (`需要和其他进程互相影响`: the processes are who it interacts with) — and the
 * concept is not a modifier of a noun after it (`替代 Set-Cookie 头的域`: what is replaced is the domain;
 * `负责进程切换的部件`).
 */
function chineseObjectIsTheCues(skeleton: string, from: number, at: number): boolean {
  const gap = skeleton.slice(from, at);
  if (verbBetween(gap) || /[a-z0-9]{2,}/.test(gap) || /[(（]/.test(gap)) return false;
  // `需要和其他进程互相影响`: a preposition right after the cue opens a phrase of its own ("with other processes");
  // the concept is its object, and the cue governs the verb after it.
  if (COMPANION_PREPOSITION_ZH.test(gap)) return false;
  const after = MODIFIER_ZH.exec(skeleton.slice(at + 1, at + 1 + LOOK_AHEAD));
  if (!after) return true;
  // `运行在每个节点上的代理`: the localizer closes the cue's 在 and the 的 makes the whole of it describe the
  // subject (kubelet is the agent that runs on the node), not the concept a modifier.
  return LOCALIZER_ZH.test(after[1] ?? '') && /[在于]/u.test(skeleton.charAt(from - 1));
}
const LOCALIZER_ZH = /^(?:之)?[上中里内下外]$/u;
/** A preposition of company right after a cue (`和`, `与`, `跟`: "together with"; not `同`, as often "the same"). */
const COMPANION_PREPOSITION_ZH = /^\s*[和与跟]/u;
/**
 * A mention followed, within two characters, by 的 and a noun it modifies (`Set-Cookie 头的域`, `进程切换的部件`),
 * unless that noun only names the manner of it (`通过轮询的方式`: by round robin; `持久保存的方式`).
 */
const MODIFIER_ZH =
  /^([^的，,；;。！？!?\n\uE000-\uF8FF]{0,2})的(?![，,；;。！？!?\n]|$|方式|方法|办法|形式|手段)/u;

/**
 * Whether a Chinese cue sits in a temporal clause (`在使用upstream模块时，…`): "when using X" says when something
 * happens, not that anything uses X.
 */
function inTemporalClause(skeleton: string, start: number, end: number): boolean {
  let from = start;
  while (from > 0 && !CLAUSE_BREAK_CODES.has(skeleton.charCodeAt(from - 1))) from--;
  let to = end;
  while (to < skeleton.length && !CLAUSE_BREAK_CODES.has(skeleton.charCodeAt(to))) to++;
  return /在/u.test(skeleton.slice(from, start)) && /的时候|时(?![间刻钟代])/u.test(skeleton.slice(end, to));
}

/**
 * Verbs that carry no action of their own before their object (`进行DNAT`, `使用iptables`): the cue still
 * governs the object behind them.
 */
const SUPPORT_VERBS_ZH = new Set([
  '进行',
  '加以',
  '予以',
  '作',
  '做',
  '是',
  '有',
  '使用',
  '采用',
  '用',
  '借助',
  '依靠',
]);

/**
 * Whether Chinese text between a cue and its object holds a verb of its own: then the concept after it is that
 * verb's object, not the cue's (`内核需要切换进程`: what the kernel needs is switching processes, not processes).
 * Any two- to four-character stretch of the gap that the dictionary tags as a verb counts (the gap is a few
 * characters; no segmenter needed).
 */
function verbBetween(gap: string): boolean {
  const han = gap.match(/[\u3400-\u9fff]+/gu);
  if (!han) return false;
  for (const run of han) {
    for (let start = 0; start + 2 <= run.length; start++) {
      for (let length = 2; length <= 4 && start + length <= run.length; length++) {
        const word = run.slice(start, start + length);
        if (!SUPPORT_VERBS_ZH.has(word) && isChineseVerb(word)) return true;
      }
    }
  }
  return false;
}
const CLAUSE_BREAK_CODES = new Set([...'，,；;。！？!?\n'].map((c) => c.charCodeAt(0)));
const FOUND = { values: [] as Array<readonly number[]>, ends: [] as number[] };

/**
 * The key of a pair of mention ordinals of one sentence (`a < b`) in `CandidateSink.linked`.
 *
 * @example
 * sink.linked.get(0)?.has(linkedPair(3, 5)); // mentions 3 and 5 of sentence 0 are related by a cue
 */
export function linkedPair(a: number, b: number): number {
  return a * 0x10000 + b;
}

/** One match of a cue pattern in a sentence: its slots (mention ordinals) and where its words are. */
export interface RawMatch {
  cue: CompiledCue;
  a: number | undefined;
  b: number;
  literals: Array<[number, number]>;
  /** Where the match's first word or slot starts (for the subject's clause). */
  first: number;
}

/**
 * Finds the relations that cue patterns state in a passage: for each sentence, tries the patterns whose
 * longest word occurs in it, keeps the most specific pattern where two share words, resolves each slot (a
 * pronoun or `这6种…` to what it points back to, an enumeration to all its members, `比如 CPU、内存` after the
 * target to the examples of its kind, a missing subject to the clause's subject) and emits one candidate per
 * (source, target) pair.
 *
 * @example
 * // `Docker容器引擎从libcontainer变更为Runc` → { source: 'libcontainer', type: 'replaced-by', target: 'runc' }
 * extractCueRelations(analysis, compileCuePatterns(vocabulary.cues), facts, sink);
 */
export function extractCueRelations(
  analysis: PassageAnalysis,
  compiled: CompiledCues,
  facts: ConceptFacts,
  sink: CandidateSink,
): void {
  analysis.sentences.forEach((sentence, si) => {
    // Every pattern's `{B}` is a concept: a sentence that names none states nothing.
    if (sentence.members.length === 0) return;
    const skeleton = sentence.skeleton;
    const tried = TRIED;
    tried.length = 0;
    const mark = nextTryMark(compiled.cues.length);
    const firstUnits = compiled.anchors.firstUnits();
    for (let pos = 0; pos < skeleton.length; pos++) {
      const unit = skeleton.charCodeAt(pos);
      const start = pos;
      // A cue word starting with a letter or digit starts a word (its regex says so): from a word's first
      // letter, the next place to look is after the word.
      if (isWordUnit(unit))
        while (pos + 1 < skeleton.length && isWordUnit(skeleton.charCodeAt(pos + 1))) pos++;
      if (firstUnits[unit] === 0) continue;
      const count = compiled.anchors.keysAt(skeleton, start, FOUND);
      for (let c = 0; c < count; c++) {
        for (const v of FOUND.values[c] as readonly number[]) {
          if (triedMarks[v] === mark) continue;
          triedMarks[v] = mark;
          // Kept sorted as it grows (a handful of cues per sentence).
          let at = tried.length;
          tried.push(v);
          for (; at > 0 && (tried[at - 1] as number) > v; at--) tried[at] = tried[at - 1] as number;
          tried[at] = v;
        }
      }
    }
    if (tried.length === 0) return;
    const raw: RawMatch[] = [];
    for (const index of tried) {
      const cue = compiled.cues[index] as CompiledCue;
      collectMatches(cue, skeleton, raw);
    }
    if (raw.length > 1) sortInPlace(raw, byPrecedence);
    const accepted: RawMatch[] = [];
    for (const match of raw) if (!sharesWords(accepted, match)) accepted.push(match);
    for (const match of accepted) emitMatch(analysis, si, match, facts, sink);
  });
}

/** Whether a match's cue words overlap those of a match already accepted. */
function sharesWords(accepted: readonly RawMatch[], match: RawMatch): boolean {
  for (const other of accepted) {
    for (const [s, e] of other.literals) {
      for (const [s2, e2] of match.literals) if (s2 < e && s < e2) return true;
    }
  }
  return false;
}

// The cues a sentence tries, sorted (one array for all sentences).
const TRIED: number[] = [];

/** A stable insertion sort (the few matches of a sentence; `Array.prototype.sort` allocates for each). */
function sortInPlace<T>(items: T[], compare: (x: T, y: T) => number): void {
  for (let i = 1; i < items.length; i++) {
    const item = items[i] as T;
    let j = i;
    for (; j > 0 && compare(items[j - 1] as T, item) > 0; j--) items[j] = items[j - 1] as T;
    items[j] = item;
  }
}

/** The more specific pattern first, then the vocabulary's order, a match with its `{A}`, the earlier one. */
function byPrecedence(x: RawMatch, y: RawMatch): number {
  return (
    y.cue.specificity - x.cue.specificity ||
    x.cue.index - y.cue.index ||
    Number(y.a !== undefined) - Number(x.a !== undefined) ||
    x.first - y.first
  );
}

// Which cues a sentence has tried already: `triedMarks[cue] === mark` (a new mark per sentence, no clearing).
let triedMarks = new Int32Array(0);
let tryMark = 0;

function nextTryMark(cueCount: number): number {
  if (triedMarks.length < cueCount || tryMark >= 0x7fffffff) {
    triedMarks = new Int32Array(Math.max(cueCount, triedMarks.length));
    tryMark = 0;
  }
  return ++tryMark;
}

/** [a-z0-9]: the units a cue word's regex will not start after. */
function isWordUnit(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39);
}

function collectMatches(cue: CompiledCue, skeleton: string, into: RawMatch[]): void {
  const regex = cue.regex;
  regex.lastIndex = 0;
  for (;;) {
    const m = regex.exec(skeleton);
    if (!m) break;
    let at = m.index;
    let a: number | undefined;
    let b: number | undefined;
    const literals: Array<[number, number]> = [];
    for (let g = 0; g < cue.parts.length; g++) {
      const length = m[g + 1]?.length ?? 0;
      const part = cue.parts[g];
      if (part === 'literal') literals.push([at, at + length]);
      else if (part === 'A' && length > 0) a = at;
      else if (part === 'B') b = at;
      at += length;
    }
    const firstLiteral = literals[0];
    // Next try after this match's first cue word: one cue word states one relation per pattern.
    regex.lastIndex = Math.max(m.index, firstLiteral?.[0] ?? m.index) + 1;
    if (!firstLiteral) continue;
    if (cue.lead) {
      const lead = leadingSlotBefore(skeleton, m.index, cue);
      if (cue.lead.slot === 'B') {
        if (lead < 0) continue;
        b = lead;
      } else if (lead >= 0) {
        a = lead;
      }
    }
    if (b === undefined) continue;
    if (isNegated(skeleton, firstLiteral[0], cue.lang)) continue;
    if (cue.type === 'uses' && cue.lang === 'zh' && endsInViewing(skeleton, b)) continue;
    if (a !== undefined && cue.lang === 'zh' && cue.leadingA && followsPreposition(skeleton, a)) continue;
    into.push({
      cue,
      a: a === undefined ? undefined : skeleton.charCodeAt(a) - MENTION_BASE,
      b: skeleton.charCodeAt(b) - MENTION_BASE,
      literals,
      first: Math.min(firstLiteral[0], b, a ?? b),
    });
  }
}

/** `使用docker info命令可以查看`: a command one looks something up with is not something it uses. */
function endsInViewing(skeleton: string, from: number): boolean {
  let end = from;
  while (end < skeleton.length && !CLAUSE_BREAK_CODES.has(skeleton.charCodeAt(end))) end++;
  return VIEWING_ZH.test(skeleton.slice(from, end));
}

function isNegated(skeleton: string, at: number, lang: CompiledCue['lang']): boolean {
  const lead = skeleton.slice(Math.max(0, at - 24), at);
  return (lang === 'zh' ? NEGATION_ZH : NEGATION_EN).test(lead);
}

/** `与宿主机使用`: a Chinese preposition before the mention makes it an object, not the subject. */
function followsPreposition(skeleton: string, at: number): boolean {
  if (at === 0 || !PREPOSITIONS_ZH.has(skeleton.charAt(at - 1))) return false;
  const before = at >= 2 ? skeleton.charCodeAt(at - 2) : 0;
  return !(before >= 0xe000 && before <= 0xf8ff);
}

function emitMatch(
  analysis: PassageAnalysis,
  si: number,
  match: RawMatch,
  facts: ConceptFacts,
  sink: CandidateSink,
): void {
  const sentence = analysis.sentences[si];
  if (!sentence) return;
  const { sources, targets, subject } = resolveCueSlots(analysis, si, match, facts);
  // A relation is typed only when one clause states it: subject, cue and object (see `statesInClause`).
  const stated =
    (subject === 'slot' || subject === 'pronoun' || subject === 'opening') &&
    statesInClause(
      sentence.skeleton,
      sentence.positions,
      match,
      subject,
      (at) => {
        const index = sentence.members[sentence.skeleton.charCodeAt(at) - MENTION_BASE];
        const id = index === undefined ? undefined : analysis.mentions[index]?.id;
        return id !== undefined && facts.isClassNoun?.(id) === true;
      },
      (at) => {
        const index = sentence.members[sentence.skeleton.charCodeAt(at) - MENTION_BASE];
        const mention = index === undefined ? undefined : analysis.mentions[index];
        return mention !== undefined && runsIntoNoun(analysis.passage.text, mention.end);
      },
    );
  if (match.a !== undefined) {
    let linked = sink.linked.get(si);
    if (!linked) {
      linked = new Set();
      sink.linked.set(si, linked);
    }
    linked.add(linkedPair(Math.min(match.a, match.b), Math.max(match.a, match.b)));
  }
  for (const source of sources) {
    for (const target of targets) {
      if (source === target) continue;
      sink.out.push(
        stated
          ? {
              source,
              target,
              type: match.cue.type,
              labelZh: match.cue.labelZh,
              labelEn: match.cue.labelEn,
              evidence: sink.evidence,
              strength: sink.strength,
              via: sink.via,
            }
          : coOccurrence(source, target, sink.evidence, WEAK_STATEMENT),
      );
    }
  }
}
