import {
  chineseFrequencies,
  englishFrequencies,
  knownEnglishWords,
  zipfOfCount,
} from './background-frequencies';
import { type LexiconLanguage, languageOfWord } from './language-of-word';
import { writtenEnglishZipf } from './written-english';

/**
 * How common a word is in everyday language, on the Zipf scale: log10 of its occurrences per billion words
 * (about 1 for the rarest words a corpus has, 3 for "dispatcher", 5 for "eat", 7 for "the"); 0 when the
 * background corpus never has it, which is what a technical term, a name or a typo looks like.
 *
 * English comes from SUBTLEX-US, Chinese from jieba's dictionary; the language is guessed from the word
 * unless given. Matching is case-insensitive.
 *
 * @example zipfFrequency('eating') > zipfFrequency('cgroups') // true
 * @example zipfFrequency('具体') > 4 // true: an everyday word
 */
export function zipfFrequency(word: string, language: LexiconLanguage = languageOfWord(word)): number {
  const key = word.trim().toLowerCase();
  if (key === '') return 0;
  const table = language === 'zh' ? chineseFrequencies() : englishFrequencies();
  const count = table.words.value(key);
  if (count === undefined) return 0;
  return zipfOfCount(count, table);
}

/**
 * How common a word is in spoken or written language: for English the larger of its SUBTLEX-US Zipf frequency
 * (speech) and its SCOWL level's (writing, see {@link writtenEnglishZipf}), so "usage" or "metrics", rare in
 * subtitles, still read as the vocabulary any writer uses; for Chinese, jieba's frequency (a written corpus).
 *
 * @example backgroundZipf('usage') > zipfFrequency('usage') // true
 */
export function backgroundZipf(word: string, language: LexiconLanguage = languageOfWord(word)): number {
  const spoken = zipfFrequency(word, language);
  return language === 'zh' ? spoken : Math.max(spoken, writtenEnglishZipf(word));
}

/**
 * Whether SUBTLEX-US has the word at all: `zipfFrequency(word, 'en') > 0`, answered from the word lists when
 * `npm run build` has written them (a set of 74,286 words instead of the table of counts).
 *
 * @example isKnownEnglishWord('eating') // true
 * @example isKnownEnglishWord('kubectl') // false
 */
export function isKnownEnglishWord(word: string): boolean {
  const known = knownEnglishWords();
  if (!known) return zipfFrequency(word, 'en') > 0;
  const key = word.trim().toLowerCase();
  return key !== '' && known.has(key);
}
