/**
 * True when the code point is a CJK ideograph, kana, hangul, or CJK / full-width punctuation — the
 * characters whose text is written without spaces between words.
 *
 * @example
 * isCjk('容'.codePointAt(0) ?? 0); // true
 * isCjk('，'.codePointAt(0) ?? 0); // true (full-width comma)
 * isCjk('a'.codePointAt(0) ?? 0); // false
 */
export function isCjk(codePoint: number): boolean {
  return (
    (codePoint >= 0x4e00 && codePoint <= 0x9fff) || // CJK unified ideographs
    (codePoint >= 0x3400 && codePoint <= 0x4dbf) || // extension A
    (codePoint >= 0x3000 && codePoint <= 0x30ff) || // CJK punctuation, hiragana, katakana
    (codePoint >= 0x3100 && codePoint <= 0x31ff) || // bopomofo, kanbun, CJK strokes, katakana ext.
    (codePoint >= 0xac00 && codePoint <= 0xd7af) || // hangul syllables
    (codePoint >= 0xf900 && codePoint <= 0xfaff) || // compatibility ideographs
    (codePoint >= 0xfe30 && codePoint <= 0xfe4f) || // CJK compatibility forms
    (codePoint >= 0xff00 && codePoint <= 0xffef) || // half-width and full-width forms
    (codePoint >= 0x20000 && codePoint <= 0x3134f) // extensions B–G
  );
}
