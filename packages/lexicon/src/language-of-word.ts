/** The two languages the lexicon holds data for. */
export type LexiconLanguage = 'en' | 'zh';

const HAN = /\p{Script=Han}/u;

/**
 * The language a single word belongs to: Chinese when it contains a Han character, English otherwise.
 *
 * @example languageOfWord('容器') // 'zh'
 */
export function languageOfWord(word: string): LexiconLanguage {
  return HAN.test(word) ? 'zh' : 'en';
}
