export { isWhiteSpace } from './background-frequencies';
export { type BilingualDictionary, bilingualDictionary } from './bilingual-dictionary';
export {
  isChineseFunctionWord,
  isChineseMorpheme,
  isChineseNoun,
  isChineseVerb,
  isShortChineseNoun,
} from './is-chinese-verb';
export { COMMON_WORD_ZIPF, isCommonWord } from './is-common-word';
export { type LexiconLanguage, languageOfWord } from './language-of-word';
export { writtenEnglishZipf } from './written-english';
export {
  backgroundZipf,
  isKnownEnglishWord,
  zipfFrequency,
} from './zipf-frequency';
