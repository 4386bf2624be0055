import { describe, expect, it } from 'vitest';
import { DATABASES, type FreshLocation, storesForEachTest } from '../test/store-locations';
import { MAX_ASKED_GAPS } from './asked-gap-queries';
import type { StudyStore } from './study-store';

describe.each(DATABASES)('asked gaps on %s', (_name, fresh: FreshLocation) => {
  const openStore = storesForEachTest(fresh);
  async function open(): Promise<StudyStore> {
    const store = await openStore();
    await store.createLearner({ id: 'learner-a', tokenHash: 'hash-a', now: 1 });
    await store.createLearner({ id: 'learner-b', tokenHash: 'hash-b', now: 2 });
    return store;
  }

  it('keeps a question per learner, counts it when asked again, newest first', async () => {
    const store = await open();
    await store.recordAskedGap({
      learnerId: 'learner-a',
      question: 'What is Kubernetes?',
      kind: 'declined',
      missing: [],
      now: 10,
    });
    await store.recordAskedGap({
      learnerId: 'learner-a',
      question: 'How does bridge mode handle IPv6?',
      kind: 'partial',
      missing: ['IPv6'],
      now: 20,
    });
    // The same question in other letter case and spacing: one row, asked twice.
    await store.recordAskedGap({
      learnerId: 'learner-a',
      question: 'what is  kubernetes?',
      kind: 'declined',
      missing: [],
      now: 30,
    });
    const kept = await store.listAskedGaps('learner-a');
    expect(kept).toEqual([
      {
        question: 'what is  kubernetes?',
        kind: 'declined',
        missing: [],
        times: 2,
        firstAsked: 10,
        lastAsked: 30,
      },
      {
        question: 'How does bridge mode handle IPv6?',
        kind: 'partial',
        missing: ['IPv6'],
        times: 1,
        firstAsked: 20,
        lastAsked: 20,
      },
    ]);
    expect(await store.listAskedGaps('learner-b')).toEqual([]);
  });

  it('records nothing while the learner has recording off, and clears only their own questions', async () => {
    const store = await open();
    expect(await store.gapRecording('learner-a')).toBe(true);
    await store.setGapRecording('learner-a', false);
    expect(await store.gapRecording('learner-a')).toBe(false);
    const kept = await store.recordAskedGap({
      learnerId: 'learner-a',
      question: 'What is etcd?',
      kind: 'declined',
      missing: [],
      now: 10,
    });
    expect(kept).toBe(false);
    expect(await store.listAskedGaps('learner-a')).toEqual([]);

    await store.recordAskedGap({
      learnerId: 'learner-b',
      question: 'What is etcd?',
      kind: 'declined',
      missing: [],
      now: 10,
    });
    await store.recordAskedGap({
      learnerId: 'learner-b',
      question: 'What is Raft?',
      kind: 'declined',
      missing: [],
      now: 11,
    });
    await store.setGapRecording('learner-a', true);
    await store.recordAskedGap({
      learnerId: 'learner-a',
      question: 'What is Raft?',
      kind: 'declined',
      missing: [],
      now: 12,
    });
    expect(await store.clearAskedGaps('learner-b')).toBe(2);
    expect(await store.listAskedGaps('learner-b')).toEqual([]);
    expect((await store.listAskedGaps('learner-a')).map((g) => g.question)).toEqual(['What is Raft?']);
  });

  it('keeps the most recent questions when a learner asks very many', async () => {
    const store = await open();
    for (let i = 0; i < MAX_ASKED_GAPS + 5; i++) {
      await store.recordAskedGap({
        learnerId: 'learner-a',
        question: `question ${i}`,
        kind: 'declined',
        missing: [],
        now: 100 + i,
      });
    }
    const kept = await store.listAskedGaps('learner-a', 1_000);
    expect(kept).toHaveLength(MAX_ASKED_GAPS);
    expect(kept[0]?.question).toBe(`question ${MAX_ASKED_GAPS + 4}`);
    expect(kept.at(-1)?.question).toBe('question 5');
  });
});
