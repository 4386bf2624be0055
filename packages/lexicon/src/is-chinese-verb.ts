import {
  CHINESE_FUNCTION_WORD,
  CHINESE_MORPHEME,
  CHINESE_NOUN,
  CHINESE_VERB,
  chineseFrequencies,
  chineseFunctionWordSet,
  chineseVerbSet,
  loadedChineseFrequencies,
  shortChineseNounSet,
} from './background-frequencies';

/** Whether the Chinese table tags the word with `flag`, loading the table if it is not loaded yet. */
function tagged(word: string, flag: number): boolean {
  return (chineseFrequencies().words.flags(word) & flag) !== 0;
}

/** Whether the loaded Chinese table tags the word with `flag`; undefined when the table is not loaded. */
function taggedInTable(word: string, flag: number): boolean | undefined {
  return loadedChineseFrequencies() === undefined ? undefined : tagged(word, flag);
}

/**
 * Whether jieba's dictionary tags a Chinese word as a verb (`切换`, `释放`, `需要`): what tells a verb phrase
 * (`需要切换进程`: what is needed is switching) from a noun phrase object (`需要硬件支持`).
 *
 * @example isChineseVerb('切换') // true
 * @example isChineseVerb('进程') // false
 */
export function isChineseVerb(word: string): boolean {
  const key = word.trim().toLowerCase();
  return taggedInTable(key, CHINESE_VERB) ?? chineseVerbSet().has(key);
}

/**
 * Whether jieba's dictionary tags a Chinese word as a noun or a name (`银行家`, `算法`; not `什么`, `以后`).
 *
 * @example isChineseNoun('算法') // true
 * @example isChineseNoun('什么') // false
 */
export function isChineseNoun(word: string): boolean {
  return tagged(word.trim().toLowerCase(), CHINESE_NOUN);
}

/**
 * Whether jieba's dictionary tags a Chinese word of one or two characters as a noun (`库`, `队列`): what tells a
 * name running on into a longer noun (`线程库`, `进程队列`) from a name followed by a verb or a particle. Cheaper to
 * load than {@link isChineseNoun}, which reads the whole table (when it is loaded already, it answers from it).
 *
 * @example isShortChineseNoun('队列') // true
 * @example isShortChineseNoun('可以') // false
 */
export function isShortChineseNoun(word: string): boolean {
  if (word.length > 2) return false;
  return taggedInTable(word.toLowerCase(), CHINESE_NOUN) ?? shortChineseNounSet().has(word);
}

/**
 * Whether jieba's dictionary tags a Chinese word as a conjunction or a preposition (`但是`, `而`, `于`, `由`): a
 * word that ends the phrase before a name (`而触发(emit)` names `触发`).
 *
 * @example isChineseFunctionWord('但是') // true
 * @example isChineseFunctionWord('进程') // false
 */
export function isChineseFunctionWord(word: string): boolean {
  const key = word.trim().toLowerCase();
  return taggedInTable(key, CHINESE_FUNCTION_WORD) ?? chineseFunctionWordSet().has(key);
}

/**
 * Whether jieba's dictionary tags a Chinese character as a bound morpheme (`ng`, `vg`, `ag`…: `子`), a part of
 * words rather than a word of its own, unlike `加` (a verb) or `把` (a preposition).
 *
 * @example isChineseMorpheme('子') // true
 * @example isChineseMorpheme('加') // false
 */
export function isChineseMorpheme(word: string): boolean {
  return tagged(word.trim(), CHINESE_MORPHEME);
}
