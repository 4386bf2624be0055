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
});
