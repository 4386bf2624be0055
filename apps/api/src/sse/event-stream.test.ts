import { describe, expect, it } from 'vitest';
import { createEventStream, sseFrame, type WriteFrame } from './event-stream';

const never = new AbortController().signal;

async function readAll(stream: ReadableStream<Uint8Array>): Promise<string> {
  return new Response(stream).text();
}

function options(overrides: Partial<Parameters<typeof createEventStream>[0]>) {
  return {
    clientSignal: never,
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
    const stream = createEventStream(
      options({
        heartbeatMs: 10,
        async produce(write) {
          await new Promise((resolve) => setTimeout(resolve, 55));
          write('data: end\n\n');
        },
      }),
    );
    const text = await readAll(stream);
    expect(text.match(/: heartbeat\n\n/g)?.length).toBeGreaterThanOrEqual(3);
    expect(text.endsWith('data: end\n\n')).toBe(true);
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
        clientSignal: client.signal,
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
