/**
 * Folds text for matching: NFKC (full-width letters, digits and punctuation become their ASCII forms,
 * compatibility ideographs their unified forms) and lower case.
 *
 * @example
 * normalizeForSearch('ＤＯＣＫＥＲ　ｈｏｓｔ模式？'); // 'docker host模式?'
 */
export function normalizeForSearch(text: string): string {
  return text.normalize('NFKC').toLowerCase();
}
