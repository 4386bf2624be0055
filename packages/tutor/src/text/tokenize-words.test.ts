import { describe, expect, it } from 'vitest';
import { containsTerm } from './contains-term';
import { tokenizeWords } from './tokenize-words';

describe('tokenizeWords', () => {
  it('keeps whole words and leaves out bigrams across word boundaries and lone characters', () => {
    expect(tokenizeWords('如果容器完全不需要联网')).toEqual([['容器'], ['完全'], ['不需', '需要'], ['联网']]);
    expect(tokenizeWords('两个容器可以用同一个网络吗？')).toEqual([['容器'], ['网络']]);
  });

  it('merges characters the segmenter split apart back into their word', () => {
    expect(tokenizeWords('镜像')).toEqual([['镜像']]);
  });

  it('gives one stem per Latin word', () => {
    expect(tokenizeWords('What are the namespaces of Docker?')).toEqual([['namespac'], ['docker']]);
  });
});

describe('containsTerm', () => {
  it('finds a stem at the start of a word only', () => {
    expect(containsTerm('these 6 kinds of namespaces', 'namespac')).toBe(true);
    expect(containsTerm('support', 'port')).toBe(false);
  });

  it('finds a bigram anywhere', () => {
    expect(containsTerm('容器之间共享一个内核空间', '内核')).toBe(true);
  });
});
