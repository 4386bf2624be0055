import { damerauLevenshtein } from '@notetutor/graph';
import { type FlatLists, flatLists } from '../grounding/flat-lists';

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
 * built in a worker thread and sent over `postMessage` cheaply: the deletion keys joined into one string, a
 * hash table over them, and per key the known words it came from.
 */
export interface SpellingTables {
  /** The known Latin words. */
  words: string[];
  /** Every deletion key (each word and its one-letter deletions), sorted (so the tables are deterministic), joined. */
  keys: string;
  /** Key `k` is `keys.slice(keyOffsets[k], keyOffsets[k + 1])`. */
  keyOffsets: Int32Array;
  /** Per key, the indexes in `words` of the words it came from, in the order they were added. */
  candidates: FlatLists;
  /**
   * An open-addressing hash table over the keys (a power-of-two length, linear probing by {@link keyHash}):
   * key index + 1 per slot, 0 when empty. A lookup costs a hash and a comparison or two, as a `Map` would.
   */
  slots: Int32Array;
}

/** FNV-1a over the UTF-16 code units of `text`. */
function keyHash(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return hash >>> 0;
}

/**
 * The tables of a deletion-neighbourhood index (SymSpell) over the Latin words of a vocabulary: every word and
 * its one-letter deletions are keys.
 *
 * @example
 * spellingCorrectorFrom(spellingTables(['docker'])).suggest('dokcer'); // ['docker']
 */
/**
 * Longest word the corrector knows: longer ones are identifiers, hashes or pasted blobs, which nobody types by
 * hand, so nobody mistypes.
 */
const MAX_TYPED_WORD = 48;

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
    if (word.length < 4 || word.length > MAX_TYPED_WORD || !LATIN.test(word) || known.has(word)) continue;
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
  let size = 1;
  while (size < sorted.length * 2) size *= 2;
  const slots = new Int32Array(size);
  sorted.forEach((key, k) => {
    let slot = keyHash(key) & (size - 1);
    while (slots[slot] !== 0) slot = (slot + 1) & (size - 1);
    slots[slot] = k + 1;
  });
  return {
    words,
    keys: sorted.join(''),
    keyOffsets,
    candidates: flatLists(sorted.map((key) => byDeletion.get(key) as number[])),
    slots,
  };
}

/**
 * A corrector over tables from {@link spellingTables}: a lookup costs a few dozen probes of the keys' hash
 * table instead of a scan of the vocabulary. Candidates are confirmed with `damerauLevenshtein`
 * (`@notetutor/graph`) within {@link allowedTypos}.
 */
export function spellingCorrectorFrom(tables: SpellingTables): SpellingCorrector {
  const { words, keys, keyOffsets, candidates } = tables;
  const { slots } = tables;
  const mask = slots.length - 1;
  let longest = 0;
  for (const word of words) longest = Math.max(longest, word.length);
  const isKey = (probe: string, k: number): boolean => {
    const start = keyOffsets[k] as number;
    if ((keyOffsets[k + 1] as number) - start !== probe.length) return false;
    for (let i = 0; i < probe.length; i++)
      if (probe.charCodeAt(i) !== keys.charCodeAt(start + i)) return false;
    return true;
  };
  const find = (probe: string): number => {
    if (slots.length === 0) return -1;
    for (let slot = keyHash(probe) & mask; slots[slot] !== 0; slot = (slot + 1) & mask) {
      const k = (slots[slot] as number) - 1;
      if (isKey(probe, k)) return k;
    }
    return -1;
  };
  // Key `k`'s words are `candidates.values[candidates.offsets[k]]` …, read in place (no subarray per probe).
  const { offsets, values } = candidates;
  const isKnown = (word: string): boolean => {
    const k = find(word);
    if (k < 0) return false;
    for (let i = offsets[k] as number; i < (offsets[k + 1] as number); i++)
      if (words[values[i] as number] === word) return true;
    return false;
  };

  return {
    suggest(word) {
      const limit = allowedTypos(word.length);
      // A word longer than every known word by more than its typos can be a typo of none: no probes (there would
      // be a number of them growing with the cube of its length).
      if (limit === 0 || word.length > longest + limit || !LATIN.test(word) || isKnown(word)) return [];
      const probes = new Set<string>([word, ...deletions(word)]);
      if (limit >= 2) for (const d of [...probes]) for (const dd of deletions(d)) probes.add(dd);
      let best = limit + 1;
      let found: string[] = [];
      const seen = new Set<string>();
      for (const probe of probes) {
        const k = find(probe);
        if (k < 0) continue;
        for (let i = offsets[k] as number; i < (offsets[k + 1] as number); i++) {
          const candidate = words[values[i] as number] as string;
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
