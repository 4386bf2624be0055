import { describe, expect, it } from 'vitest';
import { DATABASES, type FreshLocation, storesForEachTest } from '../test/store-locations';
import { openStudyStore } from './open-study-store';
import type { SchedulingState } from './store-records';
import type { RecordReviewInput, StudyStore } from './study-store';

const CARD = { cardId: 'card-a', conceptId: 'bridge', kind: 'definition', contentHash: 'h1' };

/** A stand-in scheduler: each review pushes the due time a day further and counts the reps. */
const schedule: RecordReviewInput['schedule'] = (previous) => {
  const reps = (previous?.reps ?? 0) + 1;
  const next: SchedulingState = {
    due: 1_000 + reps * 86_400_000,
    stability: reps,
    difficulty: 5,
    elapsedDays: 0,
    scheduledDays: reps,
    learningSteps: 0,
    reps,
    lapses: 0,
    state: 2,
    lastReview: 1_000 * reps,
  };
  return {
    next,
    log: {
      rating: 3,
      state: previous?.state ?? 0,
      due: next.due,
      stability: next.stability,
      difficulty: next.difficulty,
      elapsedDays: 0,
      lastElapsedDays: 0,
      scheduledDays: next.scheduledDays,
      learningSteps: 0,
    },
  };
};

const review = (
  learnerId: string,
  reviewId: string,
  extra: Partial<RecordReviewInput> = {},
): RecordReviewInput => ({
  learnerId,
  reviewId,
  card: CARD,
  now: 5_000,
  schedule,
  ...extra,
});

describe.each(DATABASES)('study store on %s', (_name, fresh: FreshLocation) => {
  const open = storesForEachTest(fresh);
  async function twoLearners(store: StudyStore) {
    const a = await store.createLearner({ id: 'learner-a', tokenHash: 'hash-a', now: 1 });
    const b = await store.createLearner({ id: 'learner-b', tokenHash: 'hash-b', now: 2 });
    return { a, b };
  }

  it('finds a learner by the hash of their token only', async () => {
    const store = await open();
    await twoLearners(store);
    expect((await store.findLearnerByTokenHash('hash-b'))?.id).toBe('learner-b');
    expect(await store.findLearnerByTokenHash('hash-c')).toBeUndefined();
  });

  it('applies a review once, however often it is sent, and logs it', async () => {
    const store = await open();
    const { a } = await twoLearners(store);
    const first = await store.recordReview(review(a.id, 'r1'));
    expect(first.status).toBe('applied');
    const again = await store.recordReview(review(a.id, 'r1'));
    expect(again.status).toBe('replayed');
    expect((await store.listCardStates(a.id))[0]?.reps).toBe(1);
    expect(await store.listReviews(a.id)).toHaveLength(1);
    expect(await store.countNewCardsSince(a.id, 0)).toBe(1);
  });

  it('keeps one learner’s cards and reviews out of another’s', async () => {
    const store = await open();
    const { a, b } = await twoLearners(store);
    await store.recordReview(review(a.id, 'r1'));
    // The same card id and even the same review id, for the other learner: a separate review.
    const other = await store.recordReview(review(b.id, 'r1'));
    expect(other.status).toBe('applied');
    expect((await store.listCardStates(a.id)).map((c) => c.reps)).toEqual([1]);
    expect((await store.listCardStates(b.id)).map((c) => c.reps)).toEqual([1]);
    expect(await store.listReviews(b.id)).toHaveLength(1);
  });

  it('lets one of two ratings of the same card seen at the same version win', async () => {
    const store = await open();
    const { a } = await twoLearners(store);
    const results = await Promise.all(
      ['t1', 't2', 't3', 't4'].map((id) => store.recordReview(review(a.id, id, { expectedVersion: 0 }))),
    );
    expect(results.filter((r) => r.status === 'applied')).toHaveLength(1);
    expect(results.filter((r) => r.status === 'conflict')).toHaveLength(3);
    expect(await store.listReviews(a.id)).toHaveLength(1);
    const [state] = await store.listCardStates(a.id);
    expect(state).toMatchObject({ reps: 1, version: 1 });
  });

  it('applies a retried review racing itself once', async () => {
    const store = await open();
    const { a } = await twoLearners(store);
    const results = await Promise.all([1, 2, 3].map(() => store.recordReview(review(a.id, 'same'))));
    expect(results.map((r) => r.status).sort()).toEqual(['applied', 'replayed', 'replayed']);
    expect(await store.listReviews(a.id)).toHaveLength(1);
  });

  it('applies many concurrent reviews, each on its own, while a reconciliation runs beside them', async () => {
    const store = await open();
    const { a, b } = await twoLearners(store);
    await store.recordReview(review(a.id, 'before'));
    const cards = Array.from({ length: 40 }, (_, i) => ({ ...CARD, cardId: `card-${i}` }));
    const [results] = await Promise.all([
      Promise.all([
        ...cards.map((card, i) => store.recordReview(review(i % 2 ? a.id : b.id, `many-${i}`, { card }))),
        // A review id already used: replayed, and it undoes nothing of the others.
        store.recordReview(review(a.id, 'before')),
      ]),
      store.reconcileCards(a.id, { retire: [CARD.cardId], revive: [], changed: [] }, 'deck-2', 9_000),
    ]);
    expect(results.map((r) => r.status)).toEqual([...cards.map(() => 'applied'), 'replayed']);
    expect(await store.listReviews(a.id)).toHaveLength(21);
    expect(await store.listReviews(b.id)).toHaveLength(20);
    expect((await store.listCardStates(b.id)).every((s) => s.reps === 1 && s.version === 1)).toBe(true);
  });

  it('retires, revives and marks changed cards, keeping their history', async () => {
    const store = await open();
    const { a } = await twoLearners(store);
    await store.recordReview(review(a.id, 'r1'));
    await store.recordReview(review(a.id, 'r2', { card: { ...CARD, cardId: 'card-b' } }));
    await store.reconcileCards(
      a.id,
      { retire: ['card-a'], revive: [], changed: [{ cardId: 'card-b', contentHash: 'h2' }] },
      'fp1',
      9_000,
    );
    const states = await store.listCardStates(a.id);
    expect(states.find((s) => s.cardId === 'card-a')).toMatchObject({ retired: true, reps: 1 });
    expect(states.find((s) => s.cardId === 'card-b')).toMatchObject({
      changed: true,
      contentHash: 'h2',
      due: 9_000,
      reps: 1,
    });
    expect((await store.findLearnerByTokenHash('hash-a'))?.deckFingerprint).toBe('fp1');
    expect(await store.listReviews(a.id)).toHaveLength(2);
    await store.reconcileCards(a.id, { retire: [], revive: ['card-a'], changed: [] }, 'fp2', 9_500);
    expect((await store.listCardStates(a.id)).find((s) => s.cardId === 'card-a')?.retired).toBe(false);
  });

  it('imports an exported state into another learner, once', async () => {
    const store = await open();
    const { a, b } = await twoLearners(store);
    await store.recordReview(review(a.id, 'r1'));
    await store.recordReview(review(a.id, 'r2'));
    const dump = { cards: await store.listCardStates(a.id), reviews: await store.listReviews(a.id) };
    expect(await store.importState(b.id, dump)).toEqual({ cards: 1, reviews: 2 });
    expect(await store.importState(b.id, dump)).toEqual({ cards: 0, reviews: 0 });
    expect((await store.listCardStates(b.id))[0]).toMatchObject({ reps: 2, due: dump.cards[0]?.due });
  });

  it('keeps everything across a reopen, and migrating again changes nothing', async () => {
    const { location, drop } = await fresh();
    try {
      const first = await openStudyStore(location);
      await first.createLearner({ id: 'x', tokenHash: 'hx', now: 1 });
      await first.recordReview(review('x', 'r1'));
      await first.close();
      const second = await openStudyStore(location);
      try {
        expect((await second.findLearnerByTokenHash('hx'))?.id).toBe('x');
        expect(await second.listReviews('x')).toHaveLength(1);
      } finally {
        await second.close();
      }
    } finally {
      await drop();
    }
  });
});
