import { describe, expect, it } from 'vitest';
import { MASTERY_COLORS, MASTERY_LEVELS, masteryLevel } from './mastery-level';

/** Relative luminance (WCAG) of `#rrggbb`. */
function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = Number.parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * (r ?? 0) + 0.7152 * (g ?? 0) + 0.0722 * (b ?? 0);
}

describe('masteryLevel', () => {
  it('tells no cards, not started and four steps of mastery apart', () => {
    expect(masteryLevel(undefined)).toBe('none');
    expect(masteryLevel({ cards: 0, reviewed: 0, mastery: 0 })).toBe('none');
    expect(masteryLevel({ cards: 3, reviewed: 0, mastery: 0 })).toBe('new');
    expect(masteryLevel({ cards: 3, reviewed: 1, mastery: 0.1 })).toBe('low');
    expect(masteryLevel({ cards: 3, reviewed: 1, mastery: 0.3 })).toBe('some');
    expect(masteryLevel({ cards: 3, reviewed: 2, mastery: 0.6 })).toBe('good');
    expect(masteryLevel({ cards: 3, reviewed: 3, mastery: 0.95 })).toBe('mastered');
  });

  it('draws mastery light to dark, so it reads without telling hues apart', () => {
    const steps = (['new', 'low', 'some', 'good', 'mastered'] as const).map((l) =>
      luminance(MASTERY_COLORS[l]),
    );
    for (let i = 1; i < steps.length; i++) expect(steps[i]).toBeLessThan((steps[i - 1] ?? 1) * 0.75);
    expect(MASTERY_LEVELS).toHaveLength(Object.keys(MASTERY_COLORS).length);
  });
});
