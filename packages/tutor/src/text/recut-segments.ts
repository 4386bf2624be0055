import { isChineseMorpheme } from '@notetutor/lexicon';

/**
 * The segmenter's cut of a run of Chinese, corrected to the words the notes write. A character the notes read
 * with the next word moves over to it when the notes use the bigram across the cut (`子进`, from their `子进程`):
 * - out of a two-character word, when the notes use that bigram in more passages than the word it leaves
 *   (`把子|进程` → `把|子进程`, `里子|进程` → `里|子进程`: `把子` is "handle", `里子` "lining");
 * - on its own, when it is a bound morpheme and the notes read it with the next word more than with the word
 *   before (`这个|子|进程` → `这个|子进程`).
 * The segmenter knows general Chinese, not the notes: where the two readings disagree, the one the notes write
 * is what the learner meant.
 *
 * @example
 * recutSegments(['把子', '进程', '结束'], (bigram) => (bigram === '子进' ? 3 : 0)); // ['把', '子进程', '结束']
 */
export function recutSegments(
  segments: readonly string[],
  frequency: (bigram: string) => number,
): readonly string[] {
  let words: string[] | undefined;
  // The word before the one looked at, after what moved ('' at the start).
  let before = '';
  for (let i = 0; i + 1 < segments.length; i++) {
    const word = (words ?? segments)[i] as string;
    const next = (words ?? segments)[i + 1] as string;
    const characters = [...word];
    const recut = characters.length <= 2 && HAN.test(word) && HAN.test(next) && [...next].length >= 2;
    const moved = characters.at(-1) as string;
    const across = recut ? frequency(`${moved}${[...next][0]}`) : 0;
    // A character on its own moves only when it is no word by itself (`子`, a bound morpheme; not the verb `加`
    // of `加|间隙锁`, whatever the notes write after it), and the notes read it with the next word more than with
    // the one before.
    const moves =
      across > 0 &&
      (characters.length === 2
        ? across > frequency(word)
        : isChineseMorpheme(moved) &&
          !(HAN.test(before) && across <= frequency(`${[...before].at(-1)}${moved}`)));
    if (moves) {
      words ??= [...segments];
      words[i] = characters.length === 2 ? (characters[0] as string) : '';
      words[i + 1] = `${moved}${next}`;
    }
    if ((words ?? segments)[i] !== '') before = (words ?? segments)[i] as string;
  }
  return words === undefined ? segments : words.filter((word) => word !== '');
}

const HAN = /^\p{Script=Han}+$/u;
