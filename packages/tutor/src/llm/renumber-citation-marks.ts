/**
 * Rewrites the `[n]` marks of a text (as cleaned by `CitationMarkFilter`) from prompt numbers to citation
 * numbers: the i-th entry of `used` (a prompt number) becomes `[i + 1]`. A mark repeated right after itself
 * (`[2][2]`) is written once. Marks not in `used` are removed.
 *
 * @example
 * renumberCitationMarks('A [3]. B [1][3].', [3, 1]); // → 'A [1]. B [2][1].'
 */
export function renumberCitationMarks(text: string, used: readonly number[]): string {
  const numberOf = new Map(used.map((n, i) => [n, i + 1]));
  return text
    .replace(/\[(\d+)\]/g, (_whole, n: string) => {
      const renumbered = numberOf.get(Number(n));
      return renumbered === undefined ? '' : `[${renumbered}]`;
    })
    .replace(/(\[\d+\])\1+/g, '$1');
}
