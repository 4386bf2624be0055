import { describe, expect, it } from 'vitest';
import { messagesFor } from '../i18n/messages';
import { answerAnnouncement } from './answer-announcement';
import type { AssistantMessage } from './chat-types';

const base: AssistantMessage = {
  id: 'a1',
  role: 'assistant',
  status: 'streaming',
  text: '**Containers** share the host kernel [1] and',
  citations: [],
  concepts: [],
  followUps: [],
};

describe('answerAnnouncement', () => {
  it('says the tutor is working while an answer streams, without its words', () => {
    expect(answerAnnouncement(base, messagesFor('en'))).toBe('Looking through your notes…');
    expect(answerAnnouncement(base, messagesFor('zh'))).toBe('正在查阅你的笔记…');
  });

  it('reads the finished answer as plain text', () => {
    const done = { ...base, status: 'done' as const, text: '**Containers** share the host kernel [1].' };
    expect(answerAnnouncement(done, messagesFor('en'))).toBe(
      'The tutor answered: Containers share the host kernel [1].',
    );
    expect(answerAnnouncement(done, messagesFor('zh'))).toBe(
      '导师的回答：Containers share the host kernel [1].',
    );
  });

  it('says when an answer was stopped or failed', () => {
    expect(answerAnnouncement({ ...base, status: 'stopped' }, messagesFor('en'))).toBe(
      'Stopped before the answer was finished.',
    );
    const failed: AssistantMessage = {
      ...base,
      status: 'error',
      error: { code: 'rate_limited', message: 'slow down', retryAfter: 3 },
    };
    expect(answerAnnouncement(failed, messagesFor('en'))).toMatch(/wait 3 s\b/);
  });
});
