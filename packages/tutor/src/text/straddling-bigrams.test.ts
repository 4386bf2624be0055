import { describe, expect, it } from 'vitest';
import { straddlingBigrams } from './straddling-bigrams';

describe('straddlingBigrams', () => {
  it('finds the bigrams that cross from one Chinese word into the next, not those inside a word', () => {
    const straddling = straddlingBigrams('我的查询条件用的是普通列上的索引');
    for (const bigram of ['询条', '件用', '用的', '通列']) expect(straddling.has(bigram), bigram).toBe(true);
    for (const bigram of ['查询', '条件', '普通', '索引']) expect(straddling.has(bigram), bigram).toBe(false);
  });

  it('finds none in a question without Chinese or of one word', () => {
    expect(straddlingBigrams('What is a clustered index?').size).toBe(0);
    expect(straddlingBigrams('索引').size).toBe(0);
  });
});
