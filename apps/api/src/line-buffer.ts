/** Lines queued for one output, written together. */
export interface LineBuffer {
  /** Queues one line (without its newline). */
  write(line: string): void;
  /** Writes everything queued now. */
  flush(): void;
}

/**
 * Queues lines and hands them to `sink` in one piece per event-loop turn (or as soon as `maxChars` are
 * queued), instead of one write per line: under load a busy server logs a line per request, and a write
 * per line is a system call per request. Call `flush()` before the process exits (`process.exit` skips
 * the pending turn).
 *
 * @example
 * const out = createLineBuffer((text) => process.stdout.write(text));
 * process.on('exit', out.flush);
 * out.write('{"msg":"listening"}');
 */
export function createLineBuffer(sink: (text: string) => void, maxChars = 64 * 1024): LineBuffer {
  let pending: string[] = [];
  let chars = 0;
  let scheduled = false;
  const flush = () => {
    scheduled = false;
    if (pending.length === 0) return;
    const text = `${pending.join('\n')}\n`;
    pending = [];
    chars = 0;
    sink(text);
  };
  return {
    write(line) {
      pending.push(line);
      chars += line.length;
      if (chars >= maxChars) flush();
      else if (!scheduled) {
        scheduled = true;
        setImmediate(flush);
      }
    },
    flush,
  };
}
