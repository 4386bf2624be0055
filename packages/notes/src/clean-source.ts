// Zero-width characters (incl. a BOM anywhere), C0 controls except tab and line feed, DEL and C1 controls.
// Carriage returns are handled first, so they never reach this class.
// biome-ignore lint/suspicious/noControlCharactersInRegex: removing control characters is the point.
const INVISIBLE = /[\u200b-\u200d\u2060\ufeff\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/g;
const LINE_ENDING = /\r\n?/g;
const LINE_SEPARATOR = /[\u2028\u2029]/g;

/**
 * Makes raw notes text safe and uniform before parsing, without changing how many lines it has: drops the
 * BOM, turns CRLF and lone CR into LF, removes zero-width and control characters, turns Unicode line and
 * paragraph separators into spaces, and NFC-normalises (full-width punctuation is kept as written).
 *
 * @example
 * cleanSource('\ufeff# 标题\r\nA\u200bB\r'); // '# 标题\nAB\n'
 */
export function cleanSource(text: string): string {
  let out = text;
  if (out.includes('\r')) out = out.replace(LINE_ENDING, '\n');
  INVISIBLE.lastIndex = 0;
  if (INVISIBLE.test(out)) out = out.replace(INVISIBLE, '');
  if (out.includes('\u2028') || out.includes('\u2029')) out = out.replace(LINE_SEPARATOR, ' ');
  return out.normalize('NFC');
}
