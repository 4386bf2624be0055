import { createParser } from 'eventsource-parser';

/** One server-sent event: its `event:` name (default `message`), its joined `data:` lines and its `id:`. */
export interface SseMessage {
  event: string;
  data: string;
  id?: string;
}

/** An incremental SSE parser: feed it decoded text as it arrives, collect the complete messages. */
export interface SseParser {
  /** Adds text (any split, even mid-line or between `\r` and `\n`) and returns the messages it completed. */
  push(text: string): SseMessage[];
  /** Ends the stream. As the standard says, a message not closed by a blank line is discarded. */
  end(): void;
}

/**
 * Parses `text/event-stream` with `eventsource-parser` (per the HTML living standard: `\n`, `\r\n` or `\r`
 * line ends, `:` comments, `data:` lines joined with `\n`, a blank line dispatches), collecting each chunk's
 * messages for the chat's stream reader. A message with no data is dropped.
 *
 * @example
 * const parser = createSseParser();
 * parser.push('event: delta\ndata: {"type":"delta"');
 * parser.push(',"text":"hi"}\n\n'); // → [{ event: 'delta', data: '{"type":"delta","text":"hi"}' }]
 */
export function createSseParser(): SseParser {
  let out: SseMessage[] = [];
  const parser = createParser({
    onEvent: ({ event, data, id }) => {
      if (data === '') return;
      const message: SseMessage = { event: event ?? 'message', data };
      if (id !== undefined) message.id = id;
      out.push(message);
    },
  });
  return {
    push(text: string): SseMessage[] {
      out = [];
      parser.feed(text);
      return out;
    },
    end(): void {
      parser.reset();
    },
  };
}
