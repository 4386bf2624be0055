import type { Lang } from '@notetutor/notes';
import { MAX_SENTENCE_MENTIONS, MENTION_BASE } from './compile-cue-patterns';
import type { FoldedText } from './fold-for-match';
import type { PassageMention } from './passage-mention';

const RELATIVE = /,(\s*(?:which|that|who)(?![a-z]))/g;
const POSSESSIVE = /^['’]s(?![a-z])/;

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
 * For each original index of a folded text, the index of the first folded unit at or after it.
 *
 * @example
 * foldedIndexMap(foldForMatch('A  b'), 4); // Int32Array [0, 1, 2, 2, 3]
 */
export function foldedIndexMap(folded: FoldedText, originalLength: number): Int32Array {
  const map = new Int32Array(originalLength + 1);
  let f = 0;
  for (let o = 0; o <= originalLength; o++) {
    while (f < folded.text.length && (folded.offsets[f] as number) < o) f++;
    map[o] = f;
  }
  return map;
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
  toFolded: Int32Array,
  start: number,
  end: number,
  mentions: readonly PassageMention[],
  glosses: ReadonlyArray<readonly [number, number]>,
  lang: Lang = 'zh',
): SentenceSkeleton {
  const members: number[] = [];
  const positions: number[] = [];
  const text = folded.text;
  let skeleton = '';
  let cursor = start;
  const appendText = (to: number) => {
    if (to <= cursor) return;
    let from = cursor;
    for (const [gs, ge] of glosses) {
      if (ge <= from || gs >= to) continue;
      if (gs > from) skeleton += piece(text.slice(toFolded[from], toFolded[gs]));
      from = Math.max(from, ge);
    }
    if (from < to) skeleton += piece(text.slice(toFolded[from], toFolded[to]));
    cursor = to;
  };
  // English: `, which` opens a relative clause about the noun before it, not a new clause.
  const piece =
    lang === 'en' ? (t: string) => (t.includes(',') ? t.replace(RELATIVE, '$1') : t) : (t: string) => t;
  for (let i = 0; i < mentions.length; i++) {
    const mention = mentions[i] as PassageMention;
    if (mention.start < start || mention.end > end || mention.inGloss) continue;
    if (mention.start < cursor) continue;
    if (members.length >= MAX_SENTENCE_MENTIONS) break;
    // English: a possessive (`the host's operating system`) modifies the noun after it; it is no slot.
    if (
      lang === 'en' &&
      POSSESSIVE.test(folded.text.slice(toFolded[mention.end], (toFolded[mention.end] as number) + 3))
    ) {
      continue;
    }
    appendText(mention.start);
    positions.push(skeleton.length);
    skeleton += String.fromCharCode(MENTION_BASE + members.length);
    members.push(i);
    cursor = mention.end;
  }
  appendText(end);
  return { start, end, skeleton, members, positions };
}
