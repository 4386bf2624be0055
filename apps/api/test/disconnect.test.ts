import { type FakeOpenAI, startFakeOpenAI } from '@notetutor/test-support/fake-openai-server';
import { createTutor } from '@notetutor/tutor';
import { afterEach, describe, expect, it } from 'vitest';
import { type HttpServer, startHttpServer } from '../src/http-server';
import { createKnowledgeSnapshot } from '../src/knowledge/create-knowledge-snapshot';
import { createKnowledgeHolder } from '../src/knowledge/knowledge-holder';
import { hangingTutor } from './fake-tutors';
import { seedKnowledgeBase, testApp } from './test-app';

let fake: FakeOpenAI | undefined;
let http: HttpServer | undefined;
afterEach(async () => {
  await http?.shutdown(1000);
  await fake?.close();
});

const until = async (check: () => boolean, what: string, timeoutMs = 5000) => {
  const start = Date.now();
  while (!check()) {
    if (Date.now() - start > timeoutMs) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
};

async function llmServer(reply: Parameters<typeof startFakeOpenAI>[0]['script']) {
  fake = await startFakeOpenAI({ script: reply });
  const knowledge = createKnowledgeHolder(
    createKnowledgeSnapshot(await seedKnowledgeBase(), { version: 1, builtAt: new Date().toISOString() }),
  );
  const tutor = createTutor({
    knowledgeBase: () => knowledge.current.kb,
    model: { baseURL: fake.baseURL, apiKey: 'test', model: 'fake-model', timeoutMs: 10_000, maxRetries: 0 },
  });
  const built = await testApp({
    knowledge,
    tutor,
    limits: { maxConcurrentStreams: 1, requestTimeoutMs: 30_000 },
  });
  http = await startHttpServer(built.app.fetch, { host: '127.0.0.1', port: 0 });
  return { ...built, http, fake };
}

const chat = (url: string, signal: AbortSignal) =>
  fetch(`${url}/api/chat`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ messages: [{ role: 'user', content: 'What does cgroups limit?' }] }),
    signal,
  });

describe('client disconnect', () => {
  it('aborts the upstream model request and frees the concurrency slot', async () => {
    const server = await llmServer(() => ({
      type: 'stream',
      chunks: Array.from({ length: 100 }, (_, i) => `Cgroups limit CPU and memory [1]. (${i}) `),
      delayMs: 100,
    }));
    const client = new AbortController();
    const res = await chat(server.http.url, client.signal);
    expect(res.status).toBe(200);
    const reader = res.body?.getReader();
    // Wait until the model is streaming to the tutor and text reaches the client (a heartbeat may come first
    // on a loaded machine: read on until an event does).
    const decoder = new TextDecoder();
    let received = '';
    while (!/event: (meta|delta)/.test(received)) {
      const chunk = await reader?.read();
      if (!chunk || chunk.done) break;
      received += decoder.decode(chunk.value, { stream: true });
    }
    expect(received).toMatch(/event: (meta|delta)/);
    const modelRequest = await server.fake.request(0);
    expect(server.gate.active).toBe(1);

    client.abort();
    const { early } = await modelRequest.closed;
    expect(early).toBe(true);
    await until(() => server.gate.active === 0, 'the slot to be freed');

    // The slot is usable again: a new stream is accepted (cap is 1) and the model sees a second request.
    const again = new AbortController();
    const second = await chat(server.http.url, again.signal);
    expect(second.status).toBe(200);
    await server.fake.request(1);
    again.abort();
    await until(() => server.gate.active === 0, 'the second slot to be freed');
  });

  it('aborts the model request even before the model has sent any text', async () => {
    const server = await llmServer(() => ({ type: 'stall' }));
    const client = new AbortController();
    const res = await chat(server.http.url, client.signal);
    expect(res.status).toBe(200);
    const modelRequest = await server.fake.request(0);
    client.abort();
    expect((await modelRequest.closed).early).toBe(true);
    await until(() => server.gate.active === 0, 'the slot to be freed');
  });

  it('aborts the tutor behind a plain /api/ask when its client goes away, and frees the slot', async () => {
    const { tutor, signals } = hangingTutor();
    const built = await testApp({ tutor, limits: { maxConcurrentStreams: 1, requestTimeoutMs: 30_000 } });
    http = await startHttpServer(built.app.fetch, { host: '127.0.0.1', port: 0 });
    const client = new AbortController();
    const asked = fetch(`${http.url}/api/ask`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ question: 'What does cgroups limit?' }),
      signal: client.signal,
    }).catch((error: unknown) => error);
    await until(() => signals.length === 1, 'the tutor to be asked');
    expect(signals[0]?.aborted).toBe(false);
    expect(built.gate.active).toBe(1);

    client.abort();
    expect(await asked).toBeInstanceOf(Error);
    await until(() => signals[0]?.aborted === true, 'the tutor to be aborted');
    await until(() => built.gate.active === 0, 'the slot to be freed');
  });
});
