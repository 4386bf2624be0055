import { statSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { freshSqlite } from '../test/store-locations';
import { openStudyStore } from './open-study-store';

const schedule = () => ({
  next: {
    due: 1,
    stability: 1,
    difficulty: 5,
    elapsedDays: 0,
    scheduledDays: 1,
    learningSteps: 0,
    reps: 1,
    lapses: 0,
    state: 1,
    lastReview: 1,
  },
  log: {
    rating: 3,
    state: 0,
    due: 1,
    stability: 1,
    difficulty: 5,
    elapsedDays: 0,
    lastElapsedDays: 0,
    scheduledDays: 1,
    learningSteps: 0,
  },
});

describe('checkpoints off the server thread', () => {
  it('copies committed reviews from the WAL into the database file in the background', async () => {
    const { location } = await freshSqlite();
    if (!('file' in location)) throw new Error('expected a file');
    const store = await openStudyStore(location);
    await store.createLearner({ id: 'a', tokenHash: 'h', now: 1 });
    const before = statSync(location.file).size;
    // Far below the main connection's checkpoint threshold: only the worker can copy these pages.
    for (let round = 0; round < 5; round++) {
      await Promise.all(
        Array.from({ length: 100 }, (_, i) =>
          store.recordReview({
            learnerId: 'a',
            reviewId: `review-${round}-${i}-${'x'.repeat(60)}`,
            card: { cardId: `card-${round}-${i}`, conceptId: 'c', kind: 'definition', contentHash: 'h' },
            now: round,
            schedule,
          }),
        ),
      );
    }
    const deadline = Date.now() + 30_000;
    while (statSync(location.file).size <= before && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    expect(statSync(location.file).size).toBeGreaterThan(before);
    await store.close();
    const again = await openStudyStore(location);
    expect(await again.listReviews('a')).toHaveLength(500);
    await again.close();
  }, 60_000);
});
