import { normalizeForSearch } from './normalize-for-search';

/** Latin words joined by any of `separators` without spaces. */
const joinedWords = (separators: string) =>
  new RegExp(
    `(?<![\\p{L}\\p{N}])[\\p{Script=Latin}\\p{N}]+(?:[${separators}][\\p{Script=Latin}\\p{N}]+)+`,
    'gu',
  );
/** Latin words joined by `-`, `_` or `.` without spaces: `no-cache`, `proxy_cache_bypass`, `net.core.somaxconn`. */
const COMPOUND = joinedWords('-_.');
/** The same, or by `/`: a name, a path, a dotted setting. */
const JOINED = joinedWords('-_./');
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

/**
 * The names a question writes as one run of joined words, folded for search: `/proc/net/softnet_stat`,
 * `net.core.somaxconn`, `proxy_cache_valid`, `no-cache`. A slash joins a path (`/proc/net/dev`, `a/b/c`); one
 * slash between two words is an "or" (`read/write`, `TCP/IP`): two words, not a name.
 *
 * @example
 * writtenAsOne('Is /proc/net/softnet_stat read/write?'); // ['proc/net/softnet_stat']
 */
export function writtenAsOne(question: string): string[] {
  const text = normalizeForSearch(question);
  const names: string[] = [];
  for (const match of text.matchAll(JOINED)) {
    const run = match[0];
    const slashes = run.split('/').length - 1;
    const path = text.charAt((match.index ?? 0) - 1) === '/' || slashes >= 2;
    for (const name of path || slashes === 0 ? [run] : run.split('/'))
      if (/[-_.]/u.test(name) || path) names.push(name);
  }
  return names;
}
