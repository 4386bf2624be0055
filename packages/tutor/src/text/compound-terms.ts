import { normalizeForSearch } from './normalize-for-search';

/** Latin words joined by `-`, `_` or `.` without spaces: `no-cache`, `proxy_cache_bypass`, `net.core.somaxconn`. */
const COMPOUND = /(?<![\p{L}\p{N}])[\p{Script=Latin}\p{N}]+(?:[-_.][\p{Script=Latin}\p{N}]+)+/gu;
/** Longer runs are paths or hashes, not names anyone types. */
const MAX_COMPOUND_LENGTH = 48;

/**
 * The compound identifiers of a text as whole index terms, besides the words `tokenize` splits them into:
 * `no-cache` is a directive of its own, not "no" (a stop word) plus "cache", and a question naming it means the
 * passages that name it. Separators are folded (`no_cache` is `no-cache`); case is folded. A compound made only
 * of digits and dots (a version, `3.10`) is left to `tokenize`.
 *
 * @example
 * compoundTerms('`no-cache` vs `no-store`'); // ['no-cache', 'no-store']
 * compoundTerms('--with-http_ssl_module'); // ['with-http-ssl-module']
 */
export function compoundTerms(text: string): string[] {
  const terms: string[] = [];
  for (const match of normalizeForSearch(text).matchAll(COMPOUND)) {
    const compound = match[0].replace(/[-_.]+/g, '-');
    if (compound.length > MAX_COMPOUND_LENGTH || !/\p{L}/u.test(compound)) continue;
    terms.push(compound);
  }
  return terms;
}
