/**
 * Whether a UTF-16 code unit is JavaScript's white space or a line terminator (what `\s` matches), tested by
 * code in the hot loops of a graph build instead of a regular expression.
 *
 * @example isWhiteSpace(' '.charCodeAt(0)) // true
 */
export function isWhiteSpace(c: number): boolean {
  return (
    c === 0x20 ||
    (c >= 0x09 && c <= 0x0d) ||
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}
