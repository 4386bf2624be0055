import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type FixtureApi, startFixtureApi } from '../../../../test/fixture-api';
import { GET, POST } from './route';

let api: FixtureApi;

beforeAll(async () => {
  api = await startFixtureApi(0, { chunkDelayMs: 40 });
  process.env.API_PORT = String(api.port);
});
afterAll(async () => {
  delete process.env.API_PORT;
  await api.close();
});

const chat = (question: string, signal?: AbortSignal) =>
  new Request('http://web.test/api/chat', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ messages: [{ role: 'user', content: question }] }),
    ...(signal ? { signal } : {}),
  });

describe('the /api proxy', () => {
  it('passes JSON answers and errors through with their status', async () => {
    const health = await GET(new Request('http://web.test/api/health'));
    expect(health.status).toBe(200);
    expect(await health.json()).toMatchObject({ status: 'ok', engine: 'offline' });
    const missing = await GET(new Request('http://web.test/api/concepts/nope'));
    expect(missing.status).toBe(404);
    expect(await missing.json()).toEqual({ error: { code: 'not_found', message: 'no such concept' } });
    const search = await GET(new Request('http://web.test/api/concepts?q=%E5%AE%B9%E5%99%A8'));
    expect(((await search.json()) as { concepts: { id: string }[] }).concepts.map((c) => c.id)).toContain(
      'container',
    );
  });

  it('streams a chat answer event by event instead of buffering it', async () => {
    const started = Date.now();
    const response = await POST(chat('什么是容器？'));
    expect(response.headers.get('content-type')).toContain('text/event-stream');
    expect(response.headers.get('cache-control')).toContain('no-transform');
    const reader = response.body?.getReader();
    if (!reader) throw new Error('no body');
    const decoder = new TextDecoder();
    const first = await reader.read();
    const firstAt = Date.now() - started;
    let text = decoder.decode(first.value, { stream: true });
    while (true) {
      const chunk = await reader.read();
      if (chunk.done) break;
      text += decoder.decode(chunk.value, { stream: true });
    }
    const endAt = Date.now() - started;
    expect(text).toContain('event: meta');
    expect(text).toContain('event: done');
    // The answer takes a few hundred ms to stream; its first events must arrive well before the end.
    expect(endAt - firstAt).toBeGreaterThan(200);
  });

  it('passes a client disconnect on, so the API stops answering', async () => {
    const before = api.abortedStreams();
    const controller = new AbortController();
    const response = await POST(chat('容器和虚拟机有什么区别？ #slow', controller.signal));
    const reader = response.body?.getReader();
    await reader?.read();
    controller.abort();
    await reader?.cancel().catch(() => {});
    for (let i = 0; i < 50 && api.abortedStreams() === before; i++)
      await new Promise((r) => setTimeout(r, 20));
    expect(api.abortedStreams()).toBe(before + 1);
  });

  it('answers 502 with the API’s error shape when the API is not running', async () => {
    const saved = process.env.API_PORT;
    process.env.API_PORT = '1';
    try {
      const response = await GET(new Request('http://web.test/api/health'));
      expect(response.status).toBe(502);
      expect(await response.json()).toEqual({
        error: { code: 'unreachable', message: 'The tutor API is not reachable. Is it running?' },
      });
    } finally {
      process.env.API_PORT = saved;
    }
  });

  it('keeps the learner token in an httpOnly cookie and sends it to the API as a bearer token', async () => {
    const first = await GET(new Request('http://web.test/api/study/due'));
    expect(first.status).toBe(200);
    const cookie = first.headers.get('set-cookie') ?? '';
    expect(cookie).toMatch(/^nt_learner=nt_[\w-]{43}; Path=\/; Max-Age=\d+; HttpOnly; SameSite=Lax$/);
    const token = cookie.split(';')[0]?.split('=')[1];
    expect(((await first.json()) as { learner: string }).learner).toBe(token);
    // With the cookie: the same learner, no new cookie.
    const again = await GET(
      new Request('http://web.test/api/study/due', { headers: { cookie: `nt_learner=${token}` } }),
    );
    expect(((await again.json()) as { learner: string }).learner).toBe(token);
    expect(again.headers.get('set-cookie')).toBeNull();
    // A token the API does not know (its database was reset): a new learner and cookie.
    const stale = await GET(
      new Request('http://web.test/api/study/due', {
        headers: { cookie: `nt_learner=nt_${'z'.repeat(43)}` },
      }),
    );
    expect(stale.status).toBe(200);
    expect(stale.headers.get('set-cookie')).toMatch(/^nt_learner=nt_/);
    expect(stale.headers.get('set-cookie')).not.toContain(token);
  });
});
