import { damerauLevenshtein } from '@notetutor/graph';
import { type FlatLists, flatLists, listAt } from '../grounding/flat-lists';

/** Finds the known words a (probably misspelt) Latin word was meant to be. */
export interface SpellingCorrector {
  /** Known words closest to `word` (all at the same, smallest distance), or `[]`. */
  suggest(word: string): string[];
}

/**
 * How many typos a word of this length may carry: none below 5 letters (too many short words are one edit
 * apart: `host`/`post`), one up to 7, two from 8.
 */
export function allowedTypos(length: number): number {
  if (length < 5) return 0;
  return length < 8 ? 1 : 2;
}

const LATIN = /^[a-z][a-z0-9]*$/;

/**
 * A spelling corrector's tables as plain data (a few strings and typed arrays, no maps), so that they can be
 * built in a worker thread and sent over `postMessage` cheaply: the deletion keys sorted and joined into one
 * string, and per key the known words it came from.
 */
export interface SpellingTables {
  /** The known Latin words. */
  words: string[];
  /** Every deletion key (each word and its one-letter deletions), sorted by code unit, joined. */
  keys: string;
  /** Key `k` is `keys.slice(keyOffsets[k], keyOffsets[k + 1])`. */
  keyOffsets: Int32Array;
  /** Per key, the indexes in `words` of the words it came from, in the order they were added. */
  candidates: FlatLists;
}

/**
 * The tables of a deletion-neighbourhood index (SymSpell) over the Latin words of a vocabulary: every word and
 * its one-letter deletions are keys.
 *
 * @example
 * spellingCorrectorFrom(spellingTables(['docker'])).suggest('dokcer'); // ['docker']
 */
export function spellingTables(vocabulary: Iterable<string>): SpellingTables {
  const byDeletion = new Map<string, number[]>();
  const known = new Set<string>();
  const words: string[] = [];
  const add = (key: string, word: number) => {
    const list = byDeletion.get(key);
    if (list === undefined) byDeletion.set(key, [word]);
    else if (list.at(-1) !== word) list.push(word);
  };
  for (const word of vocabulary) {
    if (word.length < 4 || !LATIN.test(word) || known.has(word)) continue;
    known.add(word);
    const at = words.push(word) - 1;
    add(word, at);
    for (const deletion of deletions(word)) add(deletion, at);
  }
  const sorted = [...byDeletion.keys()].sort();
  const keyOffsets = new Int32Array(sorted.length + 1);
  sorted.forEach((key, k) => {
    keyOffsets[k + 1] = (keyOffsets[k] as number) + key.length;
  });
  return {
    words,
    keys: sorted.join(''),
    keyOffsets,
    candidates: flatLists(sorted.map((key) => byDeletion.get(key) as number[])),
  };
}

/**
 * A corrector over tables from {@link spellingTables}: a lookup costs a few dozen binary searches over the
 * sorted keys instead of a scan of the vocabulary. Candidates are confirmed with `damerauLevenshtein`
 * (`@notetutor/graph`) within {@link allowedTypos}.
 */
export function spellingCorrectorFrom(tables: SpellingTables): SpellingCorrector {
  const { words, keys, keyOffsets, candidates } = tables;
  const keyCount = keyOffsets.length - 1;
  // -1, 0, 1 as `probe` sorts before, equal to or after key `k` (code-unit order, as `Array#sort`).
  const compare = (probe: string, k: number): number => {
    const start = keyOffsets[k] as number;
    const length = (keyOffsets[k + 1] as number) - start;
    const shared = Math.min(probe.length, length);
    for (let i = 0; i < shared; i++) {
      const a = probe.charCodeAt(i);
      const b = keys.charCodeAt(start + i);
      if (a !== b) return a < b ? -1 : 1;
    }
    return probe.length === length ? 0 : probe.length < length ? -1 : 1;
  };
  const find = (probe: string): number => {
    let low = 0;
    let high = keyCount - 1;
    while (low <= high) {
      const middle = (low + high) >>> 1;
      const order = compare(probe, middle);
      if (order === 0) return middle;
      if (order < 0) high = middle - 1;
      else low = middle + 1;
    }
    return -1;
  };
  const wordsAt = (probe: string): Int32Array => listAt(candidates, find(probe));
  const isKnown = (word: string): boolean => {
    for (const at of wordsAt(word)) if (words[at] === word) return true;
    return false;
  };

  return {
    suggest(word) {
      const limit = allowedTypos(word.length);
      if (limit === 0 || !LATIN.test(word) || isKnown(word)) return [];
      const probes = new Set<string>([word, ...deletions(word)]);
      if (limit >= 2) for (const d of [...probes]) for (const dd of deletions(d)) probes.add(dd);
      let best = limit + 1;
      let found: string[] = [];
      const seen = new Set<string>();
      for (const probe of probes) {
        for (const at of wordsAt(probe)) {
          const candidate = words[at] as string;
          if (seen.has(candidate)) continue;
          seen.add(candidate);
          if (allowedTypos(candidate.length) === 0) continue;
          const distance = damerauLevenshtein(word, candidate, Math.min(best, limit));
          if (distance < best) {
            best = distance;
            found = [candidate];
          } else if (distance === best && distance <= limit) found.push(candidate);
        }
      }
      return found.sort();
    },
  };
}

/**
 * A corrector over the Latin words of a vocabulary (see {@link spellingTables} and {@link spellingCorrectorFrom}).
 *
 * @example
 * buildSpellingCorrector(['docker', 'namespace']).suggest('dokcer'); // ['docker']
 */
export function buildSpellingCorrector(words: Iterable<string>): SpellingCorrector {
  return spellingCorrectorFrom(spellingTables(words));
}

function deletions(word: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < word.length; i++) out.push(word.slice(0, i) + word.slice(i + 1));
  return out;
}
