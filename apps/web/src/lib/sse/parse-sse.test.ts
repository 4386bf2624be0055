import { describe, expect, it } from 'vitest';
import { createSseParser } from './parse-sse';

describe('createSseParser', () => {
  it('yields a message once its blank line arrives, however the text is split', () => {
    const wire = 'event: delta\ndata: {"type":"delta","text":"容器"}\n\nevent: done\ndata: {}\n\n';
    for (let cut = 1; cut < wire.length; cut++) {
      const parser = createSseParser();
      const messages = [...parser.push(wire.slice(0, cut)), ...parser.push(wire.slice(cut))];
      expect(messages).toEqual([
        { event: 'delta', data: '{"type":"delta","text":"容器"}' },
        { event: 'done', data: '{}' },
      ]);
    }
  });

  it('accepts CRLF and lone CR line endings, including a CRLF split across chunks', () => {
    const parser = createSseParser();
    // A CR that ends a chunk may be the first half of a CRLF: its line ends when the next chunk shows which.
    const messages = [
      ...parser.push('event: a\r'),
      ...parser.push('\ndata: 1\r\n\r'),
      ...parser.push('\ndata: 2\r\r'),
      ...parser.push('\n'),
    ];
    expect(messages).toEqual([
      { event: 'a', data: '1' },
      { event: 'message', data: '2' },
    ]);
  });

  it('joins multi-line data, ignores comments and unknown fields, keeps the id', () => {
    const parser = createSseParser();
    const out = parser.push(': keep-alive\nid: 7\nretry: 100\nfoo: bar\ndata: line one\ndata:line two\n\n');
    expect(out).toEqual([{ event: 'message', data: 'line one\nline two', id: '7' }]);
  });

  it('drops messages without data and never dispatches a message the stream cut off', () => {
    const parser = createSseParser();
    expect(parser.push('event: ping\n\n')).toEqual([]);
    expect(parser.push('event: delta\ndata: {"half"')).toEqual([]);
    parser.end();
    expect(parser.push('\n\n')).toEqual([]);
  });
});
