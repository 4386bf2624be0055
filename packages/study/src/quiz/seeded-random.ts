import { createHash } from 'node:crypto';
import { mulberry32 } from '@notetutor/graph';

/** A deterministic pseudo-random generator: numbers in [0, 1) and helpers, all from one seed. */
export interface SeededRandom {
  next(): number;
  /** A copy of the list in a random order (Fisher–Yates). */
  shuffle<T>(items: readonly T[]): T[];
}

/**
 * A seeded generator (mulberry32 over the first 32 bits of SHA-256 of the seed): the same seed gives the
 * same sequence on every machine.
 *
 * @example createSeededRandom('quiz-1').next() === createSeededRandom('quiz-1').next(); // true
 */
export function createSeededRandom(seed: string | number): SeededRandom {
  const next = mulberry32(createHash('sha256').update(String(seed)).digest().readUInt32LE(0));
  return {
    next,
    shuffle<T>(items: readonly T[]): T[] {
      const copy = [...items];
      for (let i = copy.length - 1; i > 0; i--) {
        const j = Math.floor(next() * (i + 1));
        [copy[i], copy[j]] = [copy[j] as T, copy[i] as T];
      }
      return copy;
    },
  };
}
