const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/**
 * Replaces lone UTF-16 surrogates (which JSON can carry but no text encoding can) with U+FFFD, so a
 * question with a broken emoji is answered, logged and echoed like any other.
 *
 * @example
 * wellFormed('docker \uD83D'); // 'docker \uFFFD'
 */
export function wellFormed(text: string): string {
  return text.replace(LONE_SURROGATE, '\uFFFD');
}
