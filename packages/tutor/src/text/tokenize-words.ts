import { hanBigrams } from './han-bigrams';
import { recutSegments } from './recut-segments';
import { scanText } from './scan-text';

/**
 * Splits text into content words, each as the index terms ({@link tokenize}) it is made of: a Latin word is
 * its stem; a Chinese word is the bigrams inside it. The segmenter sometimes cuts a word into one-character
 * pieces (`镜|像`, `虚拟|机`): a lone character joins the word before it when the notes use the bigram they
 * form (`拟机`, so `虚拟机`), else it merges with neighbouring lone characters (`镜像`). Bigrams that straddle
 * two words (`器完` in `容器完全`) and characters still alone (`用`, `跑`) are left out: they say nothing about
 * what a question is about, which is what this is for (see `decideCoverage`). `frequency` gives the passages
 * using a bigram; with it, the segmenter's cut is first corrected to the words the notes write
 * ({@link recutSegments}).
 *
 * @example
 * tokenizeWords('如果容器完全不需要联网'); // [['容器'], ['完全'], ['不需', '需要'], ['联网']]
 * tokenizeWords('容器比虚拟机轻', (t) => (t === '拟机' ? 1 : 0)); // [['容器'], ['虚拟', '拟机']]
 * tokenizeWords('What are namespaces?'); // [['namespac']]
 */
export function tokenizeWords(text: string, frequency?: (bigram: string) => number): string[][] {
  const words: string[][] = [];
  scanText(text, {
    latin(stem) {
      // The letters of a symbolic name just reported (`lr` after `lr(0)`) are that word, not another.
      const last = words.at(-1)?.[0];
      if (last !== undefined && last.length > stem.length && /[(+#]/.test(last) && last.startsWith(stem))
        return;
      words.push([stem]);
    },
    hanRun(cut) {
      const segments = frequency === undefined ? cut : recutSegments(cut, frequency);
      let previous = '';
      let singles = '';
      const flushPrevious = () => {
        if (previous !== '') words.push(hanBigrams(previous));
        previous = '';
      };
      const flushSingles = () => {
        if ([...singles].length >= 2) words.push(hanBigrams(singles));
        singles = '';
      };
      for (const segment of segments) {
        if ([...segment].length > 1) {
          flushSingles();
          flushPrevious();
          previous = segment;
          continue;
        }
        const last = previous === '' ? undefined : [...previous].at(-1);
        if (singles === '' && last !== undefined && (frequency?.(last + segment) ?? 0) > 0) {
          previous += segment;
          continue;
        }
        flushPrevious();
        singles += segment;
      }
      flushSingles();
      flushPrevious();
    },
  });
  return words;
}
