import { describe, expect, it } from 'vitest';
import { extent } from './extent';

describe('extent', () => {
  it('finds the bounds of more values than fit on the call stack', () => {
    const values = Array.from({ length: 500_000 }, (_, i) => (i * 7919) % 500_000);
    expect(extent(values)).toEqual({ min: 0, max: 499_999 });
  });

  it('matches Math.min/Math.max on no values', () => {
    expect(extent([])).toEqual({ min: Math.min(), max: Math.max() });
  });
});
