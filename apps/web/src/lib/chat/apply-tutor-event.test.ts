import type { TutorEvent } from '@notetutor/contracts';
import { describe, expect, it } from 'vitest';
import { applyTutorEvent } from './apply-tutor-event';
import type { AssistantMessage } from './chat-types';

const empty: AssistantMessage = {
  id: 'a',
  role: 'assistant',
  status: 'streaming',
  text: '',
  citations: [],
  concepts: [],
  followUps: [],
};
const citation = {
  id: 'docker-concepts.zh#2.2',
  quote: '容器…',
  source: { file: 'docker-concepts.zh.md', heading: '1.', line: 7 },
};

describe('applyTutorEvent', () => {
  it('builds an answer from the stream in contract order', () => {
    const events: TutorEvent[] = [
      { type: 'meta', engine: 'offline', language: 'zh' },
      { type: 'concepts', concepts: [{ id: 'container', label: '容器' }] },
      { type: 'citations', citations: [citation] },
      { type: 'delta', text: '容器共享' },
      { type: 'delta', text: '内核 [1]。' },
      { type: 'notice', message: 'model failed; offline answered' },
    ];
    const streamed = events.reduce(applyTutorEvent, empty);
    expect(streamed).toMatchObject({
      status: 'streaming',
      text: '容器共享内核 [1]。',
      engine: 'offline',
      language: 'zh',
      notice: 'model failed; offline answered',
    });
    expect(streamed.citations).toEqual([citation]);
  });

  it('takes the final answer from done as the truth', () => {
    const partial = applyTutorEvent(empty, { type: 'delta', text: 'draft' });
    const done = applyTutorEvent(partial, {
      type: 'done',
      answer: {
        answer: 'final [1]',
        grounded: true,
        engine: 'llm',
        citations: [citation],
        concepts: [],
        followUps: ['next?'],
      },
    });
    expect(done).toMatchObject({
      status: 'done',
      text: 'final [1]',
      engine: 'llm',
      grounded: true,
      followUps: ['next?'],
    });
  });

  it('keeps what the notes do not cover of a partly covered answer', () => {
    const done = applyTutorEvent(empty, {
      type: 'done',
      answer: {
        answer: 'Your notes don’t say anything about “encryption” … [1]',
        grounded: true,
        engine: 'offline',
        citations: [citation],
        concepts: [],
        followUps: [],
        coverage: 'partial',
        missing: ['encryption'],
      },
    });
    expect(done).toMatchObject({ coverage: 'partial', missing: ['encryption'] });
  });

  it('keeps the text that arrived when the stream ends in an error', () => {
    const partial = applyTutorEvent(empty, { type: 'delta', text: 'half an answer' });
    const failed = applyTutorEvent(partial, {
      type: 'error',
      error: { code: 'model_error', message: 'boom' },
    });
    expect(failed).toMatchObject({ status: 'error', text: 'half an answer', error: { code: 'model_error' } });
  });
});
