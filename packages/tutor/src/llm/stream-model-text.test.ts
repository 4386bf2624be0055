import { type FakeOpenAI, type FakeReply, startFakeOpenAI } from '@notetutor/test-support/fake-openai-server';
import { afterEach, describe, expect, it } from 'vitest';
import { createChatClient } from './create-chat-client';
import { ModelFailure } from './model-failure';
import { streamModelText } from './stream-model-text';

let server: FakeOpenAI | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

async function start(script: FakeReply[]) {
  server = await startFakeOpenAI({ script });
  return server;
}

function options(
  fake: FakeOpenAI,
  overrides: { timeoutMs?: number; maxRetries?: number; signal?: AbortSignal } = {},
) {
  const config = {
    baseURL: fake.baseURL,
    apiKey: 'sk-test',
    model: 'fake-model',
    timeoutMs: 2000,
    maxRetries: 2,
    ...overrides,
  };
  return {
    client: createChatClient(config),
    model: config.model,
    messages: [{ role: 'user' as const, content: 'hi' }],
    timeoutMs: config.timeoutMs,
    maxRetries: config.maxRetries,
    ...(overrides.signal ? { signal: overrides.signal } : {}),
  };
}

async function collect(iterable: AsyncIterable<string>): Promise<{ text: string; error?: unknown }> {
  let text = '';
  try {
    for await (const piece of iterable) text += piece;
    return { text };
  } catch (error) {
    return { text, error };
  }
}

describe('streamModelText', () => {
  it('streams the content of an SSE reply, asking for a streamed chat completion', async () => {
    const fake = await start([{ type: 'stream', chunks: ['Containers ', 'share the ', 'kernel [1].'] }]);
    const result = await collect(streamModelText(options(fake)));
    expect(result).toEqual({ text: 'Containers share the kernel [1].' });
    const body = (await fake.request(0)).body;
    expect(body).toMatchObject({
      model: 'fake-model',
      stream: true,
      messages: [{ role: 'user', content: 'hi' }],
    });
  });

  it('retries a 429 after the delay the server asks for, then streams the answer', async () => {
    const fake = await start([
      { type: 'error', status: 429, headers: { 'retry-after-ms': '150' } },
      { type: 'stream', chunks: ['ok'] },
    ]);
    const result = await collect(streamModelText(options(fake)));
    expect(result.text).toBe('ok');
    expect(fake.requests).toHaveLength(2);
    const [first, second] = fake.requests;
    expect((second?.receivedAt ?? 0) - (first?.receivedAt ?? 0)).toBeGreaterThanOrEqual(140);
  });

  it('gives up at once when the server asks to wait longer than the retry bound', async () => {
    const fake = await start([
      { type: 'error', status: 429, headers: { 'retry-after': '30' } },
      { type: 'stream', chunks: ['late'] },
    ]);
    const result = await collect(streamModelText(options(fake)));
    expect(result.error).toBeInstanceOf(ModelFailure);
    expect(result.error).toMatchObject({ kind: 'rate_limited', status: 429 });
    expect(fake.requests).toHaveLength(1);
  });

  it('retries 5xx at most maxRetries times, then fails as unavailable', async () => {
    const fake = await start([
      { type: 'error', status: 500 },
      { type: 'error', status: 502 },
      { type: 'error', status: 503 },
      { type: 'stream', chunks: ['never reached'] },
    ]);
    const result = await collect(streamModelText(options(fake, { maxRetries: 2 })));
    expect(result.error).toMatchObject({ kind: 'unavailable', status: 503 });
    expect(fake.requests).toHaveLength(3);
  });

  it('does not retry a refused key', async () => {
    const fake = await start([
      { type: 'error', status: 401 },
      { type: 'stream', chunks: ['x'] },
    ]);
    const result = await collect(streamModelText(options(fake)));
    expect(result.error).toMatchObject({ kind: 'unauthorized', status: 401 });
    expect(fake.requests).toHaveLength(1);
  });

  it('retries after the connection drops before any reply', async () => {
    const fake = await start([{ type: 'hang-up' }, { type: 'stream', chunks: ['back'] }]);
    expect((await collect(streamModelText(options(fake)))).text).toBe('back');
    expect(fake.requests).toHaveLength(2);
  });

  it('times out a server that never answers, closes the request and does not retry it', async () => {
    const fake = await start([{ type: 'stall' }, { type: 'stream', chunks: ['x'] }]);
    const started = performance.now();
    const result = await collect(streamModelText(options(fake, { timeoutMs: 300 })));
    const elapsed = performance.now() - started;
    expect(result.error).toMatchObject({ kind: 'timeout', timeoutMs: 300 });
    expect(elapsed).toBeGreaterThanOrEqual(290);
    expect(elapsed).toBeLessThan(1500);
    expect(fake.requests).toHaveLength(1);
    expect(await fake.requests[0]?.closed).toEqual({ early: true });
  });

  it('times out a stream that stalls between chunks, after the text that did arrive', async () => {
    const fake = await start([{ type: 'stream', chunks: ['part one', ' part two'], stallAfter: 1 }]);
    const result = await collect(streamModelText(options(fake, { timeoutMs: 300 })));
    expect(result.text).toBe('part one');
    expect(result.error).toMatchObject({ kind: 'timeout' });
    expect(await fake.requests[0]?.closed).toEqual({ early: true });
  });

  it('lets a slow but steady stream run longer than the idle limit in total', async () => {
    const fake = await start([{ type: 'stream', chunks: ['a', 'b', 'c', 'd', 'e', 'f'], delayMs: 100 }]);
    const result = await collect(streamModelText(options(fake, { timeoutMs: 250 })));
    expect(result).toEqual({ text: 'abcdef' });
  });

  it('fails as malformed on a chunk that is not JSON', async () => {
    const fake = await start([
      {
        type: 'raw',
        body: [
          'data: {"id":"x","object":"chat.completion.chunk","choices":[{"index":0,"delta":{"content":"Hel"}}]}\n\n',
          'data: {not json\n\n',
        ],
      },
    ]);
    const result = await collect(streamModelText(options(fake)));
    expect(result.text).toBe('Hel');
    expect(result.error).toMatchObject({ kind: 'malformed' });
  });

  it('fails as malformed on an error object inside the stream', async () => {
    const fake = await start([
      { type: 'raw', body: ['data: {"error":{"message":"overloaded","type":"server_error"}}\n\n'] },
    ]);
    expect((await collect(streamModelText(options(fake)))).error).toMatchObject({ kind: 'malformed' });
  });

  it('aborts the request when the caller cancels, and the server sees the connection close', async () => {
    const fake = await start([{ type: 'stream', chunks: ['first', 'second'], stallAfter: 1 }]);
    const controller = new AbortController();
    const pieces: string[] = [];
    const run = (async () => {
      for await (const piece of streamModelText(options(fake, { signal: controller.signal }))) {
        pieces.push(piece);
        controller.abort();
      }
    })();
    await expect(run).rejects.toMatchObject({ name: 'AbortError' });
    expect(pieces).toEqual(['first']);
    expect(await fake.requests[0]?.closed).toEqual({ early: true });
  });

  it('closes the request when the consumer stops reading early', async () => {
    const fake = await start([{ type: 'stream', chunks: ['one', 'two', 'three'], delayMs: 50 }]);
    for await (const piece of streamModelText(options(fake))) {
      expect(piece).toBe('one');
      break;
    }
    expect(await fake.requests[0]?.closed).toEqual({ early: true });
  });

  it('sends the key only in the Authorization header', async () => {
    const fake = await start([{ type: 'stream', chunks: ['x'] }]);
    await collect(streamModelText(options(fake)));
    const request = await fake.request(0);
    expect(request.headers.authorization).toBe('Bearer sk-test');
    expect(request.rawBody).not.toContain('sk-test');
  });
});
