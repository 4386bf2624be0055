import { describe, expect, it } from 'vitest';
import { splitSentences } from './split-sentences';

const pieces = (text: string) => splitSentences(text).map((s) => text.slice(s.start, s.end));

describe('splitSentences', () => {
  it('splits on Chinese and ASCII end marks and keeps closing quotes with their sentence', () => {
    expect(pieces('他说：“好。”然后走了！真的?是')).toEqual(['他说：“好。”', '然后走了！', '真的?', '是']);
  });

  it('splits English on ". " before a capital but not inside e.g. or version numbers', () => {
    expect(pieces('Docker 1.13 uses runc. It replaced libcontainer, e.g. in v1.11. 后来')).toEqual([
      'Docker 1.13 uses runc.',
      'It replaced libcontainer, e.g. in v1.11.',
      '后来',
    ]);
  });

  it('does not cut at a ? or ! inside a URL, but does after it', () => {
    const text = 'See https://docs.docker.com/search?q=cgroups&x=1!y for more. Does it work? Yes!';
    expect(pieces(text)).toEqual([
      'See https://docs.docker.com/search?q=cgroups&x=1!y for more.',
      'Does it work?',
      'Yes!',
    ]);
    expect(pieces('文档见 www.example.com/a?b=1。对吗?')).toEqual([
      '文档见 www.example.com/a?b=1。',
      '对吗?',
    ]);
  });

  it('never cuts inside a code span', () => {
    const text = '`#!c counter = counter + 1` 在 C 语言里是一条语句。Use `a?.b!` here. Done!';
    expect(pieces(text)).toEqual([
      '`#!c counter = counter + 1` 在 C 语言里是一条语句。',
      'Use `a?.b!` here.',
      'Done!',
    ]);
  });

  it('splits at newlines and drops empty pieces', () => {
    expect(pieces('第一行\n\n  第二行  \n')).toEqual(['第一行', '第二行']);
    expect(splitSentences('   ')).toEqual([]);
  });

  it('keeps runs of end marks together', () => {
    expect(pieces('真的吗？！好')).toEqual(['真的吗？！', '好']);
  });
});
