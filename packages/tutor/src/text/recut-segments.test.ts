import { describe, expect, it } from 'vitest';
import { recutSegments } from './recut-segments';

/** Passages using each bigram, as the notes of a process chapter would: `子进程`, `虚拟机`. */
const notes = (bigram: string) =>
  ({ 子进: 5, 进程: 20, 虚拟: 4, 拟机: 4, 里子: 1, 加间: 2, 间隙: 3 })[bigram] ?? 0;

describe('recutSegments', () => {
  it('moves a character to the next word when the notes read it with that word', () => {
    expect(recutSegments(['把子', '进程', '结束'], notes)).toEqual(['把', '子进程', '结束']);
    // The notes have `里子` once (a cut of `这里子进程`), `子进` five times: their reading wins.
    expect(recutSegments(['程序', '里子', '进程'], notes)).toEqual(['程序', '里', '子进程']);
    expect(recutSegments(['这个', '子', '进程'], notes)).toEqual(['这个', '子进程']);
  });

  it("keeps the segmenter's cut where the notes do not read across it, or read the word before", () => {
    expect(recutSegments(['容器', '比', '虚拟', '机'], notes)).toEqual(['容器', '比', '虚拟', '机']);
    expect(recutSegments(['银行家', '算法'], notes)).toEqual(['银行家', '算法']);
    expect(recutSegments(['新建', '分支'], notes)).toEqual(['新建', '分支']);
    // `加` is a word of its own (a verb), however often the notes write `加间隙锁`.
    expect(recutSegments(['会', '加', '间隙', '锁'], notes)).toEqual(['会', '加', '间隙', '锁']);
  });
});
