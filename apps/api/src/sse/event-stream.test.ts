import { describe, expect, it } from 'vitest';
import { signalGone } from '../client-gone';
import { createEventStream, endOpenStreams, sseFrame, type WriteFrame } from './event-stream';

const never = new AbortController().signal;

async function readAll(stream: ReadableStream<Uint8Array>): Promise<string> {
  return new Response(stream).text();
}

function options(overrides: Partial<Parameters<typeof createEventStream>[0]>) {
  return {
    onClientGone: signalGone(never),
    timeoutMs: 1000,
    heartbeatMs: 1000,
    produce: async () => {},
    onTimeout: (write: WriteFrame) => write('event: error\ndata: "timeout"\n\n'),
    onError: (write: WriteFrame) => write('event: error\ndata: "failed"\n\n'),
    ...overrides,
  };
}

describe('createEventStream', () => {
  it('streams what the producer writes, then closes', async () => {
    const stream = createEventStream(
      options({
        async produce(write) {
          write(sseFrame('meta', { type: 'meta' }));
          write(sseFrame('delta', { type: 'delta', text: '多行\n文本' }));
        },
      }),
    );
    expect(await readAll(stream)).toBe(
      'event: meta\ndata: {"type":"meta"}\n\nevent: delta\ndata: {"type":"delta","text":"多行\\n文本"}\n\n',
    );
  });

  it('sends heartbeat comments while the producer is quiet', async () => {
    // The producer stays quiet until the reader has seen three heartbeats: waiting on that, not on a sleep,
    // keeps the test independent of how late timers fire on a busy machine.
    let heard!: () => void;
    const threeHeartbeats = new Promise<void>((resolve) => {
      heard = resolve;
    });
    const stream = createEventStream(
      options({
        heartbeatMs: 10,
        async produce(write) {
          await threeHeartbeats;
          write('data: end\n\n');
        },
      }),
    );
    const reader = stream.pipeThrough(new TextDecoderStream()).getReader();
    let text = '';
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      text += value;
      if ((text.match(/: heartbeat\n\n/g)?.length ?? 0) >= 3) heard();
    }
    expect(text).toMatch(/^(?:: heartbeat\n\n){3,}data: end\n\n$/);
  });

  it('ends with the timeout frame and aborts the producer, even one that never finishes', async () => {
    let producerSignal: AbortSignal | undefined;
    const ends: string[] = [];
    const stream = createEventStream(
      options({
        timeoutMs: 30,
        async produce(write, signal) {
          producerSignal = signal;
          write('data: first\n\n');
          await new Promise(() => {});
        },
        onEnd: (outcome) => ends.push(outcome),
      }),
    );
    expect(await readAll(stream)).toBe('data: first\n\nevent: error\ndata: "timeout"\n\n');
    expect(producerSignal?.aborted).toBe(true);
    expect(ends).toEqual(['timeout']);
  });

  it('ends with the error frame when the producer throws', async () => {
    const stream = createEventStream(
      options({
        async produce(write) {
          write('data: partial\n\n');
          throw new Error('model went away');
        },
      }),
    );
    expect(await readAll(stream)).toBe('data: partial\n\nevent: error\ndata: "failed"\n\n');
  });

  it('aborts the producer when the reader cancels (client disconnect)', async () => {
    let producerSignal: AbortSignal | undefined;
    const ends: string[] = [];
    const stream = createEventStream(
      options({
        async produce(write, signal) {
          producerSignal = signal;
          write('data: first\n\n');
          await new Promise((resolve) => signal.addEventListener('abort', resolve));
        },
        onEnd: (outcome) => ends.push(outcome),
      }),
    );
    const reader = stream.getReader();
    await reader.read();
    await reader.cancel();
    expect(producerSignal?.aborted).toBe(true);
    expect(ends).toEqual(['client-closed']);
  });

  it('aborts the producer when the request signal fires', async () => {
    const client = new AbortController();
    let producerSignal: AbortSignal | undefined;
    const stream = createEventStream(
      options({
        onClientGone: signalGone(client.signal),
        async produce(_write, signal) {
          producerSignal = signal;
          await new Promise((resolve) => signal.addEventListener('abort', resolve));
        },
      }),
    );
    const done = readAll(stream);
    client.abort();
    expect(await done).toBe('');
    expect(producerSignal?.aborted).toBe(true);
  });
});

describe('endOpenStreams', () => {
  it('ends every open stream with its final frame and aborts its producer, instead of a reset', async () => {
    const signals: AbortSignal[] = [];
    const streams = [1, 2].map(() =>
      createEventStream(
        options({
          timeoutMs: 60_000,
          async produce(write, signal) {
            signals.push(signal);
            write(sseFrame('meta', { type: 'meta' }));
            await new Promise((resolve) => signal.addEventListener('abort', resolve));
          },
          onShutdown: (write) => write('event: error\ndata: "shutting down"\n\n'),
        }),
      ),
    );
    const reading = streams.map(readAll);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(endOpenStreams()).toBe(2);
    for (const text of await Promise.all(reading)) {
      expect(text).toBe('event: meta\ndata: {"type":"meta"}\n\nevent: error\ndata: "shutting down"\n\n');
    }
    expect(signals.map((s) => s.reason)).toEqual(['shutdown', 'shutdown']);
    expect(endOpenStreams()).toBe(0);
  });
});
