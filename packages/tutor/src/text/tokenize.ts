import { hanBigrams } from './han-bigrams';
import { scanText } from './scan-text';

/**
 * Splits text into index terms (with repeats, so callers can count term frequency).
 *
 * - Text is folded (NFKC, lower case): `ＤＯＣＫＥＲ` is `docker`.
 * - Latin words are lightly stemmed (`stemEnglish`); one-letter words and stop words are dropped.
 * - Chinese: `Intl.Segmenter` words split each run of Han characters at stop words (`的`, `是`, `什么`…);
 *   every remaining run contributes its character bigrams, plus its segmenter words of three or more
 *   characters (two-character words are already bigrams). A run of one character is kept as a unigram.
 *   Bigrams make matching independent of how the segmenter happens to cut domain words (`镜|像`, `内|核`).
 *
 * @example
 * tokenize('容器与虚拟机有什么区别？'); // ['容器', '虚拟', '拟机', '区别']
 * tokenize('Mounting shared volumes'); // ['mount', 'shar', 'volum']
 */
export function tokenize(text: string): string[] {
  const terms: string[] = [];
  scanText(text, {
    latin(stem) {
      terms.push(stem);
    },
    hanRun(words) {
      for (const word of words) if (word.length >= 3) terms.push(word);
      for (const bigram of hanBigrams(words.join(''))) terms.push(bigram);
    },
  });
  return terms;
}
