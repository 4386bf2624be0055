import { describe, expect, it } from 'vitest';
import { TutorEventSchema } from './events';

describe('TutorEventSchema', () => {
  it('parses each event type and rejects unknown ones', () => {
    const answer = {
      answer: '命名空间提供隔离 [1]。',
      grounded: true,
      engine: 'offline',
      citations: [
        {
          id: 'docker-concepts.zh#2.2',
          quote: '这6种命名空间统称为Namespaces',
          source: { file: 'docker-concepts.zh.md', heading: '1. 容器与虚拟机有什么区别？', line: 7 },
        },
      ],
      concepts: [{ id: 'namespaces', label: '命名空间' }],
      followUps: [],
    };
    const events = [
      { type: 'meta', engine: 'offline', language: 'zh' },
      { type: 'concepts', concepts: answer.concepts },
      { type: 'citations', citations: answer.citations },
      { type: 'delta', text: '命名空间' },
      { type: 'notice', message: 'composed offline' },
      { type: 'done', answer },
      { type: 'error', error: { code: 'model_error', message: 'the model stopped' } },
    ];
    for (const event of events) expect(TutorEventSchema.parse(event)).toEqual(event);
    expect(TutorEventSchema.safeParse({ type: 'thinking', text: '' }).success).toBe(false);
    expect(TutorEventSchema.safeParse({ type: 'error', error: { code: 'nope', message: '' } }).success).toBe(
      false,
    );
  });
});
