import { wordsAtOrAbove } from './background-frequencies';
import { type LexiconLanguage, languageOfWord } from './language-of-word';
import { zipfFrequency } from './zipf-frequency';

/**
 * The Zipf frequency from which a word counts as everyday language: about one occurrence in 100,000 words
 * (Zipf 4). Words above it ("eating", "once", "具体", "缺点") are what anyone writes; words below it are rare
 * enough that notes using them are usually using them as terms.
 */
export const COMMON_WORD_ZIPF = 4;

/**
 * Whether a word is an everyday word of its language (see {@link COMMON_WORD_ZIPF}).
 *
 * @example isCommonWord('once') // true
 * @example isCommonWord('iptables') // false
 */
export function isCommonWord(
  word: string,
  language?: LexiconLanguage,
  threshold = COMMON_WORD_ZIPF,
): boolean {
  // A set of the words at or above the threshold (see `wordsAtOrAbove`: built lists for the thresholds a
  // graph build asks, else derived once from the table) answers the same as the table.
  if (threshold > 0) {
    const key = word.trim().toLowerCase();
    return key !== '' && wordsAtOrAbove(language ?? languageOfWord(word), threshold).has(key);
  }
  return zipfFrequency(word, language) >= threshold;
}
