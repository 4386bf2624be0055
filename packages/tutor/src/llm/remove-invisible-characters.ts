/**
 * Invisible characters that can hide text from a human reader but not from a model: C0/C1 controls (except tab
 * and newline), zero-width characters, bidirectional overrides, the BOM and Unicode tag characters
 * (U+E0000–U+E007F, used to smuggle ASCII instructions invisibly).
 */
const INVISIBLE =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: removing control characters is the point
  /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]|[\u{E0000}-\u{E007F}]/gu;

/**
 * Removes control, zero-width, bidi-override and tag characters, and folds `\r\n` and `\r` to `\n`. Used on
 * note text entering the prompt and on model text leaving it.
 *
 * @example
 * removeInvisibleCharacters('a\u200Bb\r\nc\u0007'); // → 'ab\nc'
 */
export function removeInvisibleCharacters(text: string): string {
  return text.replace(/\r\n?/g, '\n').replace(INVISIBLE, '');
}
