/** An answer folded for comparison: NFKC, lower case, without whitespace and punctuation. */
export function foldAnswer(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\s\p{P}]+/gu, '');
}
