import { describe, expect, it } from 'vitest';
import { parseSse } from './parse-sse';

describe('parseSse', () => {
  it('joins data lines, keeps event names and counts comments', () => {
    const { messages, comments } = parseSse(
      ': hello\n\nevent: delta\ndata: {"a":\ndata: 1}\n\r\ndata: plain\r\n\r\n: ping\n\n',
    );
    expect(messages).toEqual([
      { event: 'delta', data: '{"a":\n1}' },
      { event: undefined, data: 'plain' },
    ]);
    expect(comments).toBe(2);
  });
});
