import { describe, expect, it } from 'vitest';
import { createFootnoteMarks } from './footnote-marks';

describe('createFootnoteMarks', () => {
  it('turns citation marks into footnote references, leaving other brackets alone', () => {
    const marks = createFootnoteMarks(2);
    expect(marks.push('A [1], B [2][1], not [3], not [x], array[0]') + marks.flush()).toBe(
      'A [^1], B [^2][^1], not [3], not [x], array[0]',
    );
    expect(marks.used()).toEqual([1, 2]);
  });

  it('numbers footnotes in order of first use', () => {
    const marks = createFootnoteMarks(5);
    expect(marks.push('X [4]. Y [2][4]. Z [5].') + marks.flush()).toBe('X [^1]. Y [^2][^1]. Z [^3].');
    expect(marks.used()).toEqual([4, 2, 5]);
  });

  it('finds marks split across streamed pieces', () => {
    const marks = createFootnoteMarks(12);
    const pieces = ['命名空间隔离 [', '1', '] 进程，见 [1', '2]。数组 [', 'x]'];
    const out = pieces.map((piece) => marks.push(piece)).join('') + marks.flush();
    expect(out).toBe('命名空间隔离 [^1] 进程，见 [^2]。数组 [x]');
    expect(marks.used()).toEqual([1, 12]);
  });

  it('holds back only a possible mark, releasing the rest at once', () => {
    const marks = createFootnoteMarks(1);
    expect(marks.push('text [')).toBe('text ');
    expect(marks.flush()).toBe('[');
  });
});
