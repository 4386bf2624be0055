const LATIN_TERM = /^[\p{L}\p{N}]/u;
const WORD_CHAR = /[\p{L}\p{N}]/u;

/**
 * Whether folded text (see `normalizeForSearch`) contains an index term: a Chinese bigram anywhere, a
 * Latin stem at the start of a word (`namespac` in `namespaces`, not `port` in `support`). A cheap
 * approximation of "`tokenize(text)` includes `term`" for scoring sentences without segmenting them.
 *
 * @example
 * containsTerm('these 6 kinds of namespaces', 'namespac'); // true
 * containsTerm('容器之间共享一个内核', '内核'); // true
 */
export function containsTerm(foldedText: string, term: string): boolean {
  if (!LATIN_TERM.test(term) || /\p{Script=Han}/u.test(term)) return foldedText.includes(term);
  for (let at = foldedText.indexOf(term); at !== -1; at = foldedText.indexOf(term, at + 1)) {
    if (at === 0 || !WORD_CHAR.test(foldedText.charAt(at - 1))) return true;
  }
  return false;
}
