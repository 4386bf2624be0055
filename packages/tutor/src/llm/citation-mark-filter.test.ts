import { describe, expect, it } from 'vitest';
import { CitationMarkFilter } from './citation-mark-filter';

function run(chunks: string[], known = 3) {
  const filter = new CitationMarkFilter(known);
  const out = chunks.map((c) => filter.push(c)).join('') + filter.end();
  return { text: out, used: [...filter.used] };
}

describe('CitationMarkFilter', () => {
  it('normalises the mark forms models write to [n]', () => {
    expect(run(['A [1, 2]. B【3】. C [2，3]. D ［1］. E [1-3].']).text).toBe(
      'A [1][2]. B[3]. C [2][3]. D [1]. E [1][2][3].',
    );
  });

  it('drops numbers the prompt did not offer, and a mark citing only those with the spaces before it', () => {
    expect(run(['Kernel shared [1, 9]. Invented [9]. Zero [0].'])).toEqual({
      text: 'Kernel shared [1]. Invented. Zero.',
      used: [1],
    });
  });

  it('handles marks split across chunks', () => {
    expect(run(['Cgroups limit CPU [', '3', ', 1', '] and ', 'more 【', '2】'])).toEqual({
      text: 'Cgroups limit CPU [3][1] and more [2]',
      used: [3, 1, 2],
    });
  });

  it('holds back only what may still become a mark', () => {
    const filter = new CitationMarkFilter(2);
    expect(filter.push('Namespaces isolate [')).toBe('Namespaces isolate');
    expect(filter.push('see docs] and more')).toBe(' [see docs] and more');
  });

  it('records first use order without repeats', () => {
    expect(run(['x [2] y [1] z [2][3]']).used).toEqual([2, 1, 3]);
  });

  it('keeps an unfinished mark at the very end as plain text', () => {
    expect(run(['ends with [1']).text).toBe('ends with [1');
  });

  it('removes control and invisible characters from model text', () => {
    expect(run(['a\u0000b\u200Bc\u001B[31m [1]']).text).toBe('abc[31m [1]');
  });

  it('does not treat markdown links or bracketed words as marks', () => {
    expect(run(['[Docker](https://docs.docker.com) [note] [1]']).text).toBe(
      '[Docker](https://docs.docker.com) [note] [1]',
    );
  });
});
