import { describe, expect, it } from 'vitest';
import { containsTerm } from './contains-term';
import { tokenizeWords } from './tokenize-words';

describe('tokenizeWords', () => {
  it('reads a symbolic name (`LR(1)`) as one word, not also as its letters', () => {
    expect(tokenizeWords('LALR(1)与LR(1)有什么区别')).toEqual([['lalr(1)'], ['lr(1)'], ['区别']]);
  });

  it('reads an A-not-A question as the word it asks about', () => {
    // 好不好 asks whether something is good: no word of its own for the notes to miss.
    expect(tokenizeWords('调度算法好不好')).toEqual([['调度'], ['算法']]);
    expect(tokenizeWords('它支不支持热更新')).toContainEqual(['支持']);
    expect(tokenizeWords('有没有缓存')).toEqual([['缓存']]);
  });

  it('keeps whole words and leaves out bigrams across word boundaries and lone characters', () => {
    expect(tokenizeWords('如果容器完全不需要联网')).toEqual([['容器'], ['不需', '需要'], ['联网']]);
    expect(tokenizeWords('两个容器可以用同一个网络吗？')).toEqual([['容器'], ['网络']]);
  });

  it('merges characters the segmenter split apart back into their word', () => {
    expect(tokenizeWords('镜像')).toEqual([['镜像']]);
  });

  it('joins a lone character to the word before it when the notes know the bigram they form', () => {
    // The segmenter cuts 虚拟|机|轻: `机` belongs to 虚拟机, `轻` stands alone.
    expect(tokenizeWords('容器比虚拟机轻')).toEqual([['容器'], ['虚拟'], ['机轻']]);
    expect(tokenizeWords('容器比虚拟机轻', (bigram) => (bigram === '拟机' ? 1 : 0))).toEqual([
      ['容器'],
      ['虚拟', '拟机'],
    ]);
  });

  it('drops adverbs of degree and determiners like the English stop words', () => {
    expect(tokenizeWords('一个容器把CPU占满了，会不会拖慢别的容器？')).toEqual([
      ['容器'],
      ['cpu'],
      ['占满'],
      ['拖慢'],
      ['容器'],
    ]);
    expect(tokenizeWords('镜像的每一层都是可以改的吗？')).toEqual([['镜像']]);
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
