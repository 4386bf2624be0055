import { type Answer, TutorEventSchema } from '@notetutor/contracts';
import { describe, expect, it } from 'vitest';
import { offlineAnswerEvents } from './offline-answer-events';

const answer: Answer = {
  answer:
    "Here's what your notes say about **Cgroups**:\n\nThe Linux kernel provides a feature called Cgroups [1]. It can limit CPU cores, e.g. 3.10 and docker.sock [1].\n\n**How these concepts relate**\n- Cgroups limit CPU [1].",
  grounded: true,
  engine: 'offline',
  citations: [
    { id: 'n.en#2.3', quote: 'It can limit…', source: { file: 'n.en.md', heading: 'A › B', line: 8 } },
  ],
  concepts: [{ id: 'cgroups', label: 'Cgroups' }],
  followUps: [],
  language: 'en',
};

describe('offlineAnswerEvents', () => {
  it('emits meta, concepts and citations first, then deltas, then done', () => {
    const events = offlineAnswerEvents(answer);
    expect(events.slice(0, 3).map((e) => e.type)).toEqual(['meta', 'concepts', 'citations']);
    expect(events.at(-1)).toEqual({ type: 'done', answer });
    for (const event of events) expect(TutorEventSchema.safeParse(event).success).toBe(true);
  });

  it('streams the text in sentence-sized deltas that add up to the answer exactly', () => {
    const deltas = offlineAnswerEvents(answer).flatMap((e) => (e.type === 'delta' ? [e.text] : []));
    expect(deltas.join('')).toBe(answer.answer);
    expect(deltas.length).toBeGreaterThanOrEqual(4);
    expect(deltas).toContain('The Linux kernel provides a feature called Cgroups [1]. ');
  });

  it('splits Chinese text after 。 with the citation mark kept with its sentence', () => {
    const zh = { ...answer, answer: '容器共享内核 [1]。Cgroups限制资源 [2]。', language: 'zh' as const };
    const deltas = offlineAnswerEvents(zh).flatMap((e) => (e.type === 'delta' ? [e.text] : []));
    expect(deltas).toEqual(['容器共享内核 [1]。', 'Cgroups限制资源 [2]。']);
  });

  it('adds a notice event before done when the answer carries one', () => {
    const events = offlineAnswerEvents({ ...answer, notice: 'The model timed out.' });
    expect(events.at(-2)).toEqual({ type: 'notice', message: 'The model timed out.' });
  });
});
