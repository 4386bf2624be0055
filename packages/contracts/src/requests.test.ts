import { describe, expect, it } from 'vitest';
import { AskRequestSchema, ChatRequestSchema, MAX_QUESTION_CHARS } from './requests';

describe('AskRequestSchema', () => {
  it('accepts a question with history and trims it', () => {
    const parsed = AskRequestSchema.parse({
      question: '  什么是命名空间？ ',
      history: [{ role: 'user', content: 'docker0 是什么', concepts: ['docker0'] }],
    });
    expect(parsed.question).toBe('什么是命名空间？');
    expect(parsed.history?.[0]?.concepts).toEqual(['docker0']);
  });

  it('rejects empty, whitespace-only and overlong questions with a readable message', () => {
    for (const question of ['', '   \n ']) {
      const result = AskRequestSchema.safeParse({ question });
      expect(result.success).toBe(false);
      expect(result.error?.issues[0]?.message).toMatch(/empty/);
    }
    const long = AskRequestSchema.safeParse({ question: 'x'.repeat(MAX_QUESTION_CHARS + 1) });
    expect(long.error?.issues[0]?.message).toMatch(String(MAX_QUESTION_CHARS));
  });

  it('rejects a history turn with an unknown role', () => {
    expect(
      AskRequestSchema.safeParse({ question: 'q', history: [{ role: 'system', content: 'x' }] }).success,
    ).toBe(false);
  });
});

describe('ChatRequestSchema', () => {
  it('needs the last message to be a non-empty user message', () => {
    expect(ChatRequestSchema.safeParse({ messages: [] }).success).toBe(false);
    expect(ChatRequestSchema.safeParse({ messages: [{ role: 'assistant', content: 'hi' }] }).success).toBe(
      false,
    );
    expect(ChatRequestSchema.safeParse({ messages: [{ role: 'user', content: '  ' }] }).success).toBe(false);
    expect(
      ChatRequestSchema.safeParse({
        messages: [
          { role: 'user', content: 'bridge 模式是什么？' },
          { role: 'assistant', content: '…' },
          { role: 'user', content: '那 host 模式呢？' },
        ],
      }).success,
    ).toBe(true);
  });
});
