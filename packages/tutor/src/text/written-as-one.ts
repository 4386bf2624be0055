import { normalizeForSearch } from './normalize-for-search';

/** Words joined by `-`, `_`, `.` or `/` with no space: a name, a path, a dotted setting. */
const JOINED = /(?<![\p{L}\p{N}])[\p{Script=Latin}\p{N}]+(?:[-_./][\p{Script=Latin}\p{N}]+)+/gu;

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
