import { describe, expect, it } from 'vitest';
import { retrievability, scheduleReview } from './schedule-review';

const T0 = Date.parse('2026-12-01T10:00:00.000Z');
const MIN = 60_000;
const DAY = 86_400_000;

describe('scheduleReview', () => {
  it('shows a new card rated good again in ten minutes, then days later', () => {
    const first = scheduleReview(undefined, 3, T0);
    expect(first.next.due - T0).toBe(10 * MIN);
    expect(first.log.state).toBe(0);
    const second = scheduleReview(first.next, 3, first.next.due);
    expect(second.next.state).toBe(2);
    expect(second.next.due - first.next.due).toBeGreaterThanOrEqual(DAY);
  });

  it('spaces easy further than good, good further than hard, and again counts a lapse', () => {
    const learned = scheduleReview(scheduleReview(undefined, 3, T0).next, 3, T0 + 10 * MIN).next;
    const at = learned.due;
    const [again, hard, good, easy] = ([1, 2, 3, 4] as const).map((r) => scheduleReview(learned, r, at).next);
    expect(easy?.due).toBeGreaterThan(good?.due ?? 0);
    expect(good?.due).toBeGreaterThan(hard?.due ?? 0);
    expect(again?.lapses).toBe(1);
    expect(again?.due).toBeLessThan(hard?.due ?? 0);
  });

  it('is deterministic: the same log replays to the same state', () => {
    const replay = () => {
      let state = scheduleReview(undefined, 3, T0).next;
      state = scheduleReview(state, 4, T0 + DAY).next;
      return scheduleReview(state, 2, T0 + 9 * DAY).next;
    };
    expect(replay()).toEqual(replay());
  });

  it('has recall fade with time, and none for a card never reviewed', () => {
    const state = scheduleReview(scheduleReview(undefined, 3, T0).next, 3, T0 + 10 * MIN).next;
    expect(retrievability(undefined, T0)).toBe(0);
    const soon = retrievability(state, state.lastReview ?? T0);
    const later = retrievability(state, T0 + 60 * DAY);
    expect(soon).toBeGreaterThan(0.95);
    expect(later).toBeLessThan(soon);
  });
});
