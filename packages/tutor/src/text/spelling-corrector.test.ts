import { describe, expect, it } from 'vitest';
import { buildSpellingCorrector } from './spelling-corrector';

describe('buildSpellingCorrector', () => {
  const corrector = buildSpellingCorrector(['docker', 'namespac', 'overlay2', 'container', 'host', 'post']);

  it('corrects one typo in a medium word and two in a long one', () => {
    expect(corrector.suggest('dokcer')).toEqual(['docker']);
    expect(corrector.suggest('namspac')).toEqual(['namespac']);
    expect(corrector.suggest('contianer')).toEqual(['container']);
    expect(corrector.suggest('overlya2')).toEqual(['overlay2']);
  });

  it('does not correct short words, known words or words too far from any known one', () => {
    expect(corrector.suggest('hots')).toEqual([]);
    expect(corrector.suggest('docker')).toEqual([]);
    expect(corrector.suggest('capital')).toEqual([]);
  });

  it('answers at once for a pasted word thousands of letters long, in notes with long identifiers too', () => {
    // Two-letter deletions of a 2,000-letter word are millions of probes (a minute of blocked server once).
    const pasted = 'aB'.repeat(1000).toLowerCase();
    expect(corrector.suggest(pasted)).toEqual([]);
    const withBlob = buildSpellingCorrector(['docker', 'x'.repeat(1500), 'ab'.repeat(800)]);
    expect(withBlob.suggest(pasted)).toEqual([]);
    expect(withBlob.suggest('dokcer')).toEqual(['docker']);
  });
});
