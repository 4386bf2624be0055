import { isWhiteSpace } from '@notetutor/lexicon';
import type { Lang } from '@notetutor/notes';
import type { PassageMention } from '../discovery/passage-mention';
import type { FoldedText } from '../text/fold-for-match';
import { MAX_SENTENCE_MENTIONS, MENTION_BASE } from '../vocabulary/compile-cue-patterns';

/** `'s` / `’s` at `at`, not followed by a letter. */
function isPossessive(text: string, at: number): boolean {
  const quote = text.charCodeAt(at);
  if ((quote !== 0x27 && quote !== 0x2019) || text.charCodeAt(at + 1) !== 0x73) return false;
  const next = text.charCodeAt(at + 2);
  return !(next >= 0x61 && next <= 0x7a);
}

/** A sentence as cue patterns see it: folded text with each concept mention replaced by one character. */
export interface SentenceSkeleton {
  /** Offsets of the sentence in the passage text. */
  start: number;
  end: number;
  skeleton: string;
  /** For the k-th mention character (U+E000 + k): the index of the mention in the passage's mention list. */
  members: number[];
  /** For the k-th mention character: its index in `skeleton`. */
  positions: number[];
}

/**
 * The index of the first folded unit that comes from original index `original` or after it (the folded
 * length when none does): where an original offset falls in the folded text.
 *
 * @example
 * foldedIndexOf(foldForMatch('A  b'), 3); // 2 — the `b`
 */
export function foldedIndexOf(folded: FoldedText, original: number): number {
  const offsets = folded.offsets;
  let lo = 0;
  let hi = folded.text.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((offsets[mid] as number) < original) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Builds the skeleton of one sentence of a passage: its folded text (see `foldForMatch`), glosses left out, and
 * each mention outside glosses replaced by the private-use character U+E000 + k, k counting from 0.
 *
 * @example
 * // text '容器与虚拟机有什么区别？' with mentions 容器 (0) and 虚拟机 (1):
 * // skeleton '\uE000与\uE001有什么区别？', members [0, 1]
 */
export function buildSentenceSkeleton(
  folded: FoldedText,
  start: number,
  end: number,
  mentions: readonly PassageMention[],
  glosses: ReadonlyArray<readonly [number, number]>,
  lang: Lang = 'zh',
): SentenceSkeleton {
  const members: number[] = [];
  const positions: number[] = [];
  const text = folded.text;
  // The state of this skeleton lives in module variables read by `foldedAt`, `copyUnits` and `appendText`
  // (functions made per sentence cost more than the work they did).
  cur.folded = folded;
  cur.glosses = glosses;
  cur.english = lang === 'en';
  // Folding rarely moves a unit: guess that the distance from the last look-up is the same in both texts,
  // and search only when the guess is wrong.
  cur.hintFolded = foldedIndexOf(folded, start);
  cur.hintOriginal = folded.offsets[cur.hintFolded] as number;
  // The skeleton is written unit by unit into a scratch buffer and made a string once.
  cur.length = 0;
  cur.cursor = start;
  for (let i = 0; i < mentions.length; i++) {
    const mention = mentions[i] as PassageMention;
    if (mention.start < start || mention.end > end || mention.inGloss) continue;
    if (mention.start < cur.cursor) continue;
    if (members.length >= MAX_SENTENCE_MENTIONS) break;
    // English: a possessive (`the host's operating system`) modifies the noun after it; it is no slot.
    if (lang === 'en' && isPossessive(text, foldedAt(mention.end))) continue;
    appendText(mention.start);
    reserve(cur.length + 1);
    positions.push(cur.length);
    units[cur.length++] = MENTION_BASE + members.length;
    members.push(i);
    cur.cursor = mention.end;
  }
  appendText(end);
  const skeleton = unitsToString(cur.length);
  cur.folded = EMPTY_FOLDED;
  cur.glosses = [];
  return { start, end, skeleton, members, positions };
}

const EMPTY_FOLDED: FoldedText = { text: '', offsets: new Int32Array(0) };

/** The skeleton being built (skeletons are built one at a time and never re-enter). */
const cur = {
  folded: EMPTY_FOLDED,
  glosses: [] as ReadonlyArray<readonly [number, number]>,
  english: false,
  hintFolded: 0,
  hintOriginal: 0,
  /** Units written to `units`. */
  length: 0,
  /** The original offset up to which the sentence is written. */
  cursor: 0,
};

/** The folded index of an original offset (see `foldedIndexOf`), from the last look-up's distance when it holds. */
function foldedAt(original: number): number {
  const { text, offsets } = cur.folded;
  let f = cur.hintFolded + (original - cur.hintOriginal);
  if (
    f < 0 ||
    f > text.length ||
    (offsets[f] as number) < original ||
    (f > 0 && (offsets[f - 1] as number) >= original)
  ) {
    f = foldedIndexOf(cur.folded, original);
  }
  cur.hintFolded = f;
  cur.hintOriginal = offsets[f] as number;
  return f;
}

/** Writes folded units [from, to) to the skeleton. */
function copyUnits(from: number, to: number): void {
  const text = cur.folded.text;
  reserve(cur.length + (to - from));
  for (let f = from; f < to; f++) {
    const unit = text.charCodeAt(f);
    // English: `, which` opens a relative clause about the noun before it, not a new clause.
    if (unit === 0x2c && cur.english && opensRelativeClause(text, f + 1, to)) continue;
    units[cur.length++] = unit;
  }
}

/** Writes the sentence from the cursor up to original offset `to`, glosses left out. */
function appendText(to: number): void {
  if (to <= cur.cursor) return;
  let from = cur.cursor;
  for (const [gs, ge] of cur.glosses) {
    if (ge <= from || gs >= to) continue;
    if (gs > from) copyUnits(foldedAt(from), foldedAt(gs));
    from = Math.max(from, ge);
  }
  if (from < to) copyUnits(foldedAt(from), foldedAt(to));
  cur.cursor = to;
}

// Scratch buffer of skeleton units.
let units = new Uint16Array(1024);
const decoder = new TextDecoder('utf-16le');

function reserve(size: number): void {
  if (size <= units.length) return;
  const grown = new Uint16Array(Math.max(size, units.length * 2));
  grown.set(units);
  units = grown;
}

function unitsToString(length: number): string {
  // `fromCharCode.apply` copies its arguments first: cheaper only for short texts.
  if (length <= 32) return String.fromCharCode.apply(null, units.subarray(0, length) as unknown as number[]);
  return decoder.decode(units.subarray(0, length));
}

/** `\s*(which|that|who)` then no letter, from `at` within [at, end): what follows a comma that is dropped. */
function opensRelativeClause(text: string, at: number, end: number): boolean {
  let i = at;
  while (i < end && isWhiteSpace(text.charCodeAt(i))) i++;
  for (const word of RELATIVE_WORDS) {
    if (i + word.length > end || !text.startsWith(word, i)) continue;
    const next = i + word.length < end ? text.charCodeAt(i + word.length) : 0;
    if (!(next >= 0x61 && next <= 0x7a)) return true;
  }
  return false;
}

const RELATIVE_WORDS = ['which', 'that', 'who'];
