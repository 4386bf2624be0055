import { isCommonWord, zipfFrequency } from '@notetutor/lexicon';

const WORDS = /[\p{Script=Han}]+|[\p{L}\p{N}]+/gu;
const HAN = /^[\p{Script=Han}]+$/u;
const LONGEST_HAN_WORD = 4;
const LATIN_WORD = /[A-Za-z]+/g;
const MAX_TERM_WORDS = 5;
// Halves of a pair of quotes or brackets, a fragment after an apostrophe (`s Encrypt` of `Let’s Encrypt`), a
// version (`5.6版本以上`): pieces of text the concept finder cut badly.
const MALFORMED = [/^[`'"’‘“”]|[`'"’‘“”]$/, /^[a-z]\s/, /\d+\.\d+/, /^[^(（]*[)）]|[(（][^)）]*$/];

/** A run of Chinese split into dictionary words, longest first from the left (unknown characters alone). */
function segmentHan(run: string): string[] {
  const words: string[] = [];
  for (let i = 0; i < run.length; ) {
    let length = Math.min(LONGEST_HAN_WORD, run.length - i);
    while (length > 1 && zipfFrequency(run.slice(i, i + length), 'zh') === 0) length--;
    words.push(run.slice(i, i + length));
    i += length;
  }
  return words;
}

/**
 * Whether every word of a name is everyday language (a lone Chinese character counts as everyday), or the
 * name is a badly cut piece of text.
 *
 * @example isEverydayName('进程结束'); // true: 进程 + 结束
 * @example isEverydayName('iptables'); // false
 */
export function isEverydayName(name: string): boolean {
  if (MALFORMED.some((pattern) => pattern.test(name.trim()))) return true;
  const words = (name.match(WORDS) ?? []).flatMap((word) => (HAN.test(word) ? segmentHan(word) : [word]));
  if (words.length === 0) return true;
  // Five words or more of Latin text are a sentence the concept finder took for a name, not a term.
  if ((name.match(LATIN_WORD) ?? []).length >= MAX_TERM_WORDS) return true;
  return words.every(
    (word) =>
      /^\p{N}+$/u.test(word) || (HAN.test(word) && word.length === 1) || isCommonWord(word.toLowerCase()),
  );
}

/**
 * Whether a name is a badly cut piece of text rather than a word: unbalanced quotes or brackets, a fragment
 * after an apostrophe, a version, or Chinese that splits only into single characters (`户态` of `用户态`).
 *
 * @example isBadlyCutName('户态'); // true
 */
export function isBadlyCutName(name: string): boolean {
  if (MALFORMED.some((pattern) => pattern.test(name.trim()))) return true;
  const han = name.match(/[\p{Script=Han}]+/gu) ?? [];
  return (
    han.length > 0 &&
    name.replace(/[\p{Script=Han}\s]/gu, '') === '' &&
    han.every((run) => segmentHan(run).every((w) => w.length === 1))
  );
}
