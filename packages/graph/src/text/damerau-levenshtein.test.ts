import { describe, expect, it } from 'vitest';
import { damerauLevenshtein } from './damerau-levenshtein';

describe('damerauLevenshtein', () => {
  it('counts an adjacent transposition as one edit', () => {
    expect(damerauLevenshtein('dokcer', 'docker', 2)).toBe(1);
    expect(damerauLevenshtein('overlay2', 'overla2')).toBe(1);
  });
  it('stops at the limit', () => {
    expect(damerauLevenshtein('container', 'namespace', 2)).toBe(3);
  });
});
