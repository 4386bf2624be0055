import { damerauLevenshtein } from '@notetutor/graph';

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
 * A deletion-neighbourhood index (SymSpell) over the Latin words of a vocabulary: every word and its
 * one-letter deletions are keys, so a lookup costs a few dozen map probes instead of a scan of the
 * vocabulary. Candidates are confirmed with `damerauLevenshtein` (`@notetutor/graph`) within {@link allowedTypos}.
 *
 * @example
 * buildSpellingCorrector(['docker', 'namespace']).suggest('dokcer'); // ['docker']
 */
export function buildSpellingCorrector(words: Iterable<string>): SpellingCorrector {
  const byDeletion = new Map<string, string[]>();
  const known = new Set<string>();
  const add = (key: string, word: string) => {
    const list = byDeletion.get(key);
    if (list === undefined) byDeletion.set(key, [word]);
    else if (list.at(-1) !== word) list.push(word);
  };
  for (const word of words) {
    if (word.length < 4 || !LATIN.test(word) || known.has(word)) continue;
    known.add(word);
    add(word, word);
    for (const deletion of deletions(word)) add(deletion, word);
  }

  return {
    suggest(word) {
      const limit = allowedTypos(word.length);
      if (limit === 0 || !LATIN.test(word) || known.has(word)) return [];
      const probes = new Set<string>([word, ...deletions(word)]);
      if (limit >= 2) for (const d of [...probes]) for (const dd of deletions(d)) probes.add(dd);
      let best = limit + 1;
      let found: string[] = [];
      const seen = new Set<string>();
      for (const probe of probes) {
        for (const candidate of byDeletion.get(probe) ?? []) {
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

function deletions(word: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < word.length; i++) out.push(word.slice(0, i) + word.slice(i + 1));
  return out;
}
