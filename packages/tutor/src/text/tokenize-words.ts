import { hanBigrams } from './han-bigrams';
import { scanText } from './scan-text';

/**
 * Splits text into content words, each as the index terms ({@link tokenize}) it is made of: a Latin word is
 * its stem; a Chinese word is the bigrams inside it, consecutive one-character segments being merged first
 * (the segmenter cuts `镜像` into `镜|像`). Bigrams that straddle two words (`器完` in `容器完全`) and lone
 * characters (`用`, `跑`) are left out: they say nothing about what a question is about, which is what
 * this is for (see `decideCoverage`).
 *
 * @example
 * tokenizeWords('如果容器完全不需要联网'); // [['容器'], ['完全'], ['不需', '需要'], ['联网']]
 * tokenizeWords('What are namespaces?'); // [['namespac']]
 */
export function tokenizeWords(text: string): string[][] {
  const words: string[][] = [];
  scanText(text, {
    latin(stem) {
      words.push([stem]);
    },
    hanRun(segments) {
      let singles = '';
      const flushSingles = () => {
        if ([...singles].length >= 2) words.push(hanBigrams(singles));
        singles = '';
      };
      for (const segment of segments) {
        if ([...segment].length === 1) {
          singles += segment;
          continue;
        }
        flushSingles();
        words.push(hanBigrams(segment));
      }
      flushSingles();
    },
  });
  return words;
}
