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
 * Parses `text/event-stream` per the HTML living standard: lines end in `\n`, `\r\n` or `\r`; `:` starts a
 * comment; `data:` lines are joined with `\n`; a blank line dispatches; a message with no data is dropped.
 *
 * @example
 * const parser = createSseParser();
 * parser.push('event: delta\ndata: {"type":"delta"');
 * parser.push(',"text":"hi"}\n\n'); // → [{ event: 'delta', data: '{"type":"delta","text":"hi"}' }]
 */
export function createSseParser(): SseParser {
  let buffer = '';
  let event = '';
  let data: string[] = [];
  let id: string | undefined;
  // A `\r` at the very end of a chunk may be followed by `\n` in the next one: one line break, not two.
  let skipLeadingNewline = false;

  function dispatch(out: SseMessage[]): void {
    if (data.length > 0) {
      const message: SseMessage = { event: event || 'message', data: data.join('\n') };
      if (id !== undefined) message.id = id;
      out.push(message);
    }
    event = '';
    data = [];
  }

  function processLine(line: string, out: SseMessage[]): void {
    if (line === '') {
      dispatch(out);
      return;
    }
    if (line.startsWith(':')) return;
    const colon = line.indexOf(':');
    const field = colon === -1 ? line : line.slice(0, colon);
    let value = colon === -1 ? '' : line.slice(colon + 1);
    if (value.startsWith(' ')) value = value.slice(1);
    if (field === 'event') event = value;
    else if (field === 'data') data.push(value);
    else if (field === 'id' && !value.includes('\0')) id = value;
  }

  return {
    push(text: string): SseMessage[] {
      const out: SseMessage[] = [];
      let chunk = text;
      if (skipLeadingNewline && chunk.startsWith('\n')) chunk = chunk.slice(1);
      skipLeadingNewline = false;
      buffer += chunk;
      let start = 0;
      for (let i = 0; i < buffer.length; i++) {
        const ch = buffer[i];
        if (ch !== '\n' && ch !== '\r') continue;
        processLine(buffer.slice(start, i), out);
        if (ch === '\r') {
          if (i + 1 < buffer.length) {
            if (buffer[i + 1] === '\n') i++;
          } else {
            skipLeadingNewline = true;
          }
        }
        start = i + 1;
      }
      buffer = buffer.slice(start);
      return out;
    },
    end(): void {
      buffer = '';
      event = '';
      data = [];
      skipLeadingNewline = false;
    },
  };
}
