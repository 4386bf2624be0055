import { describe, expect, it } from 'vitest';
import { tokenize } from './tokenize';

describe('tokenize', () => {
  it('drops Chinese question and function words and keeps topic bigrams', () => {
    expect(tokenize('容器与虚拟机有什么区别？')).toEqual(['容器', '虚拟', '拟机', '区别']);
  });

  it('finds domain words the segmenter cuts into single characters through bigrams', () => {
    // Intl.Segmenter splits 镜像 into 镜|像 and 内核 into 内|核.
    expect(tokenize('我的镜像是怎么实现的')).toContain('镜像');
    expect(tokenize('Linux内核在3.8版本中加入了USER命名空间')).toEqual(
      expect.arrayContaining(['linux', '内核', '3.8', 'user', '命名', '空间']),
    );
  });

  it('handles Latin words inside Chinese text', () => {
    expect(tokenize('那host模式呢？')).toEqual(['host', '模式']);
  });

  it('folds full-width letters and digits to ASCII', () => {
    expect(tokenize('ＤＯＣＫＥＲ０　ｈｏｓｔ模式？')).toEqual(tokenize('docker0 host模式?'));
    expect(tokenize('ＤＯＣＫＥＲ０')).toEqual(['docker0']);
  });

  it('lower-cases, stems and drops English stop words', () => {
    expect(tokenize('What are the Namespaces?')).toEqual(['namespac']);
    expect(tokenize('namespace')).toEqual(tokenize('namespaces'));
    expect(tokenize('sharing')).toEqual(tokenize('shared'));
  });

  it('keeps dotted version numbers whole', () => {
    expect(tokenize('kernel 3.10')).toEqual(['kernel', '3.10']);
  });

  it('keeps a short name whose symbols are part of it whole, beside its letters', () => {
    expect(tokenize('LL(1) parsing table')).toEqual(['ll(1)', 'pars', 'tabl']);
    expect(tokenize('LR(0) and SLR')).toEqual(['lr(0)', 'lr', 'slr']);
    expect(tokenize('C++ 和 C# 的区别')).toEqual(expect.arrayContaining(['c++', 'c#']));
    expect(tokenize('构造LL(1)分析表')).toContain('ll(1)');
    // A call in code is no such name: its letters stand alone.
    expect(tokenize('print(1)')).toEqual(['print']);
  });

  it('gives nothing for questions made only of stop words or punctuation', () => {
    expect(tokenize('What is it?')).toEqual([]);
    expect(tokenize('是什么呢？')).toEqual([]);
    expect(tokenize('？？！')).toEqual([]);
  });

  it('bigrams characters outside the BMP by code point, never splitting a surrogate pair', () => {
    const wellFormed = /^(?:[^\uD800-\uDFFF]|[\uD800-\uDBFF][\uDC00-\uDFFF])*$/;
    const terms = tokenize('𠀀𠀁文字');
    expect(terms).toEqual(['𠀀𠀁', '𠀁文', '文字']);
    for (const term of terms) expect(term).toMatch(wellFormed);
  });
});
