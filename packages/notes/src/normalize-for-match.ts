const ZERO_WIDTH = /[\u200b-\u200d\u2060\ufeff\u00ad]/g;
const WHITESPACE_RUN = /\s+/g;

/**
 * Folds a term or text for alias matching: NFKC (full-width letters, digits and punctuation become their
 * half-width forms, `（` → `(`), lower case, zero-width characters and soft hyphens removed, whitespace
 * runs collapsed to one space and trimmed. Every package matches aliases through this one function.
 *
 * @example
 * normalizeForMatch('  Ｄｏｃｋｅｒ\u200b  Hub（仓库）'); // 'docker hub(仓库)'
 */
export function normalizeForMatch(s: string): string {
  return s.normalize('NFKC').replace(ZERO_WIDTH, '').toLowerCase().replace(WHITESPACE_RUN, ' ').trim();
}
