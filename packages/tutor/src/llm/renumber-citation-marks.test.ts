import { describe, expect, it } from 'vitest';
import { renumberCitationMarks } from './renumber-citation-marks';

describe('renumberCitationMarks', () => {
  it('numbers citations 1..k in order of first use', () => {
    expect(renumberCitationMarks('A [3]. B [1][3]. C [5].', [3, 1, 5])).toBe('A [1]. B [2][1]. C [3].');
  });

  it('writes a mark repeated right after itself once and removes marks not used', () => {
    expect(renumberCitationMarks('A [2][2] B [4]', [2])).toBe('A [1] B ');
  });
});
