import type { OnClientGone } from '../client-gone';

/** Writes one preformatted SSE frame (it must end with a blank line). Ignored once the stream is closed. */
export type WriteFrame = (frame: string) => void;

/** Why the work of a stream was stopped early. */
export type StopReason = 'client-closed' | 'timeout' | 'shutdown';

/** Options of {@link createEventStream}. */
export interface EventStreamOptions {
  /** Produces the frames; must stop soon after `signal` aborts (pass it on to the tutor and the model). */
  produce: (write: WriteFrame, signal: AbortSignal) => Promise<void>;
  /** Tells when the client disconnects (`clientGone(c)`). */
  onClientGone: OnClientGone;
  /** Whole-stream time limit in milliseconds. */
  timeoutMs: number;
  /** Interval of `: heartbeat` comments that keep proxies from closing an idle stream. */
  heartbeatMs: number;
  /** Writes the final frame(s) when the time limit is hit. */
  onTimeout: (write: WriteFrame) => void;
  /** Writes the final frame(s) when `produce` throws. */
  onError: (write: WriteFrame, error: unknown) => void;
  /** Writes the final frame(s) when the server ends the stream at its shutdown deadline. */
  onShutdown?: (write: WriteFrame) => void;
  /** Called once with how the stream ended. */
  onEnd?: (outcome: 'completed' | 'failed' | StopReason) => void;
}

const encoder = new TextEncoder();

/** Streams still open, each with how to end it at the shutdown deadline. */
const openStreams = new Set<() => void>();

/**
 * Ends every open event stream with its final frame (`onShutdown`, e.g. an `error` event saying the server
 * is shutting down) instead of letting the connection be reset: called at the shutdown deadline, just before
 * the remaining connections are closed. Returns how many streams it ended.
 *
 * @example
 * await http.shutdown(timeoutMs, { beforeCutOff: endOpenStreams });
 */
export function endOpenStreams(): number {
  const ending = [...openStreams];
  for (const end of ending) end();
  return ending.length;
}

/**
 * A `text/event-stream` body around an async producer. It sends heartbeat comments while the producer is
 * quiet, aborts the producer's signal when the client disconnects (the reader cancels, or `onClientGone`
 * fires) or the time limit passes, and always closes: after a timeout or a producer failure it writes the
 * error frame and ends the stream even if the producer ignores its signal, so no socket is left hanging.
 *
 * @example
 * const body = createEventStream({ produce: async (write, signal) => write(sseFrame('meta', {})), ... });
 * return new Response(body, { headers: { 'Content-Type': 'text/event-stream' } });
 */
export function createEventStream(options: EventStreamOptions): ReadableStream<Uint8Array> {
  const work = new AbortController();
  let controller!: ReadableStreamDefaultController<Uint8Array>;
  let closed = false;
  let heartbeat: NodeJS.Timeout | undefined;
  let deadline: NodeJS.Timeout | undefined;

  const write: WriteFrame = (frame) => {
    if (closed) return;
    try {
      controller.enqueue(encoder.encode(frame));
    } catch {
      closed = true;
    }
  };

  let ended = false;
  const finish = (outcome: 'completed' | 'failed' | StopReason) => {
    if (ended) return;
    ended = true;
    closed = true;
    clearInterval(heartbeat);
    clearTimeout(deadline);
    unsubscribe();
    openStreams.delete(endAtShutdown);
    if (outcome !== 'completed' && outcome !== 'failed') work.abort(outcome);
    try {
      controller.close();
    } catch {
      // the reader already cancelled the stream
    }
    options.onEnd?.(outcome);
  };

  let unsubscribe = () => {};
  const endAtShutdown = () => {
    if (closed) return;
    options.onShutdown?.(write);
    finish('shutdown');
  };

  return new ReadableStream<Uint8Array>({
    start(ctrl) {
      controller = ctrl;
      unsubscribe = options.onClientGone(() => finish('client-closed'));
      if (ended) return;
      openStreams.add(endAtShutdown);
      heartbeat = setInterval(() => write(': heartbeat\n\n'), options.heartbeatMs);
      deadline = setTimeout(() => {
        if (closed) return;
        options.onTimeout(write);
        finish('timeout');
      }, options.timeoutMs);
      options.produce(write, work.signal).then(
        () => finish('completed'),
        (error: unknown) => {
          if (ended) return;
          options.onError(write, error);
          finish('failed');
        },
      );
    },
    cancel() {
      finish('client-closed');
    },
  });
}

/** One SSE message: `event: <name>` and a single-line JSON `data:`. */
export function sseFrame(event: string, data: unknown): string {
  return `event: ${event}\ndata: ${JSON.stringify(data)}\n\n`;
}
