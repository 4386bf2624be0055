import { describe, expect, it } from 'vitest';
import { runInSlices } from './run-in-slices';

/** Steps of about 2 ms of busy work each, `count` of them, then the number of steps done. */
function* busySteps(count: number): Generator<void, number, void> {
  for (let i = 0; i < count; i++) {
    const until = performance.now() + 2;
    while (performance.now() < until) {
      // busy: a step of real work
    }
    yield;
  }
  return count;
}

describe('runInSlices', () => {
  it('runs every step and lets timers fire between slices of a long run', async () => {
    let ticks = 0;
    const timer = setInterval(() => {
      ticks++;
    }, 1);
    try {
      // About 400 ms of work in all: run at once it would let no timer fire until the end.
      const done = await runInSlices(busySteps(200), { sliceMs: 10 });
      expect(done).toBe(200);
      expect(ticks).toBeGreaterThanOrEqual(5);
    } finally {
      clearInterval(timer);
    }
  });

  it('stops between slices when asked, with the reason', async () => {
    let slices = 0;
    const stopped = () => (++slices > 3 ? new Error('stop now') : undefined);
    await expect(runInSlices(busySteps(1_000), { sliceMs: 5, stopped })).rejects.toThrow('stop now');
  });
});
