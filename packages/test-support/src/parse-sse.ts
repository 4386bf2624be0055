import { createParser } from 'eventsource-parser';

/** One parsed server-sent event. */
export interface SseMessage {
  event: string | undefined;
  data: string;
  id?: string;
}

/**
 * Parses a whole `text/event-stream` body with `eventsource-parser` (the parser the web's stream reader uses
 * too): the messages as a browser's EventSource dispatches them, and how many comment lines (`: heartbeat`)
 * came between them.
 *
 * @example
 * parseSse('event: delta\ndata: {"text":"hi"}\n\n: ping\n\n');
 * // { messages: [{ event: 'delta', data: '{"text":"hi"}' }], comments: 1 }
 */
export function parseSse(text: string): { messages: SseMessage[]; comments: number } {
  const messages: SseMessage[] = [];
  let comments = 0;
  const parser = createParser({
    onEvent: ({ event, data, id }) => {
      const message: SseMessage = { event, data };
      if (id !== undefined) message.id = id;
      messages.push(message);
    },
    onComment: () => {
      comments += 1;
    },
  });
  parser.feed(text);
  // A body that ends without a blank line still ends the last message, as the tests' servers close streams.
  parser.feed('\n\n');
  return { messages, comments };
}
