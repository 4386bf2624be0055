/** One parsed server-sent event. */
export interface SseMessage {
  event: string | undefined;
  data: string;
}

/**
 * Parses an event-stream text the way a browser's EventSource does: messages separated by blank lines,
 * `event:` and `data:` fields (several `data:` lines joined by newlines), comment lines (`:`) counted apart.
 */
export function parseSse(text: string): { messages: SseMessage[]; comments: number } {
  const messages: SseMessage[] = [];
  let comments = 0;
  for (const block of text.split(/\r?\n\r?\n/)) {
    if (!block.trim()) continue;
    let event: string | undefined;
    const data: string[] = [];
    let fields = 0;
    for (const line of block.split(/\r?\n/)) {
      if (line.startsWith(':')) {
        comments += 1;
        continue;
      }
      const colon = line.indexOf(':');
      const name = colon === -1 ? line : line.slice(0, colon);
      const value = colon === -1 ? '' : line.slice(colon + 1).replace(/^ /, '');
      fields += 1;
      if (name === 'event') event = value;
      else if (name === 'data') data.push(value);
    }
    if (fields > 0) messages.push({ event, data: data.join('\n') });
  }
  return { messages, comments };
}
