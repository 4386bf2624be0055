import { describe, expect, it } from 'vitest';
import { backgroundRarity, UNKNOWN_CHINESE_WEIGHT } from './background-rarity';
import { hanBigrams } from './han-bigrams';

describe('backgroundRarity', () => {
  const words = backgroundRarity('给已经有旧数据的表加 check 约束时，怎么办？');

  it('weighs an everyday English word little and a term fully', () => {
    expect(backgroundRarity('How do I stop eating?').rarity(['eat'])).toBeLessThan(UNKNOWN_CHINESE_WEIGHT);
    expect(backgroundRarity('What is Kubernetes?').rarity(['kubernet'])).toBe(1);
  });

  it('weighs a Chinese word the dictionary lacks, made of everyday words, as little as they weigh', () => {
    expect(words.rarity(hanBigrams('已经有'))).toBeLessThan(UNKNOWN_CHINESE_WEIGHT);
    expect(words.rarity(hanBigrams('表加'))).toBeLessThan(UNKNOWN_CHINESE_WEIGHT);
  });

  it('never weighs a word the dictionary lacks more than an unknown word, whatever its parts', () => {
    expect(words.rarity(hanBigrams('鋆鍪'))).toBe(UNKNOWN_CHINESE_WEIGHT);
    // The notes use it: a word of theirs, a term.
    expect(words.rarity(hanBigrams('鋆鍪'), true)).toBe(1);
  });

  it('weighs a verb with a complement or a negation as its verb, however rare the compound is counted', () => {
    const rarity = (word: string) => backgroundRarity(word).rarity(hanBigrams(word));
    for (const [word, verb] of [
      ['改掉', '改'],
      ['拼错', '拼'],
      ['读到', '读'],
      ['不加', '加'],
      ['没去', '去'],
    ] as const) {
      expect(rarity(word), word).toBeLessThanOrEqual(rarity(verb));
      expect(rarity(word), word).toBeLessThan(0.5);
    }
    // A term is no such construction: it keeps its own weight.
    expect(rarity('死锁')).toBeGreaterThan(0.5);
  });
});
