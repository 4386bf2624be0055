import type { MentionList } from './mention-list';

/**
 * The stretches of a text already accounted for: the known concept mentions (in text order, not overlapping;
 * searched by bisection) plus a few more spans added as they are found (searched in a line).
 *
 * @example
 * const covered = new CoveredSpans(lookup.find(text));
 * covered.add(10, 18); // a flag
 * covered.overlaps(12, 14); // true
 */
export class CoveredSpans {
  /** The known mentions as [start, end) pairs, flat. */
  private readonly known: readonly number[];
  private readonly extra: Array<[number, number]> = [];

  constructor(known: ReadonlyArray<{ start: number; end: number }> | MentionList) {
    if ('spans' in known) {
      this.known = known.spans;
    } else {
      const flat: number[] = [];
      for (const m of known) flat.push(m.start, m.end);
      this.known = flat;
    }
  }

  /** Marks [start, end) as covered. */
  add(start: number, end: number): void {
    this.extra.push([start, end]);
  }

  /** True when some covered span overlaps [start, end). */
  overlaps(start: number, end: number): boolean {
    const i = this.firstEndingAfter(start);
    if (i < this.known.length / 2 && (this.known[2 * i] as number) < end) return true;
    return this.extra.some(([s, e]) => start < e && s < end);
  }

  /** True when one covered span holds all of [start, end): the stretch is a known name, not a longer one. */
  holds(start: number, end: number): boolean {
    return this.within(start, end).some(([s, e]) => s <= start && e >= end);
  }

  /** The covered spans overlapping [start, end), by start (known mentions first on a tie). */
  within(start: number, end: number): Array<[number, number]> {
    const spans: Array<[number, number]> = [];
    for (let i = this.firstEndingAfter(start); 2 * i < this.known.length; i++) {
      const s = this.known[2 * i] as number;
      if (s >= end) break;
      spans.push([s, this.known[2 * i + 1] as number]);
    }
    for (const [s, e] of this.extra) if (s < end && start < e) spans.push([s, e]);
    return spans.sort((x, y) => x[0] - y[0]);
  }

  /** The index of the first known mention that ends after `at` (ends grow with starts). */
  private firstEndingAfter(at: number): number {
    let lo = 0;
    let hi = this.known.length / 2;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((this.known[2 * mid + 1] as number) > at) hi = mid;
      else lo = mid + 1;
    }
    return lo;
  }
}
