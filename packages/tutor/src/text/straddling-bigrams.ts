import { tokenize } from './tokenize';
import { tokenizeWords } from './tokenize-words';

/**
 * What a bigram of Chinese that straddles two words of a question counts, as a share of a word's: `件用` and
 * `用的` of `条件用的是`, `键那` of `主键那棵树`. Indexing Chinese by bigrams keeps them (they are all a segmenter's
 * mistake leaves to find a word by), but they are rarely a word the question asks about: halfway between
 * counting them as words and dropping them.
 */
export const STRADDLING_BIGRAM_SHARE = 0.5;

/**
 * The question's Chinese bigrams that straddle two of its words (see `tokenizeWords`): `询条`, `件用`, `用的` in
 * "查询条件用的是…". Empty for a question with no Chinese. `terms` are the question's index terms, when the
 * caller has them (`tokenize(question)`).
 *
 * @example
 * straddlingBigrams('我的查询条件用的是普通列上的索引'); // Set { '询条', '件用', '用的', '是普', '通列' }
 */
export function straddlingBigrams(
  question: string,
  terms: readonly string[] = tokenize(question),
): ReadonlySet<string> {
  if (!/\p{Script=Han}/u.test(question)) return new Set();
  const inWords = new Set(tokenizeWords(question).flat());
  return new Set(terms.filter((term) => /\p{Script=Han}/u.test(term) && !inWords.has(term)));
}
