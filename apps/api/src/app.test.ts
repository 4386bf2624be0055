import { describe, expect, it } from 'vitest';
import { hangingTutor } from '../test/fake-tutors';
import { errorOf } from '../test/read-json';
import { postJson, testApp } from '../test/test-app';
import { chunkedBody } from '../test/tiny-app';

const TUTOR_ROUTES = [
  ['/api/ask', { question: 'What is docker0?' }],
  ['/api/chat', { messages: [{ role: 'user', content: 'What is docker0?' }] }],
  [
    '/v1/chat/completions',
    { model: 'notes-tutor', messages: [{ role: 'user', content: 'What is docker0?' }] },
  ],
] as const;

describe('malformed requests', () => {
  it.each(TUTOR_ROUTES)('%s: malformed JSON → 400 bad_request', async (path) => {
    const { app } = await testApp();
    for (const body of ['{"question": "unterminated', '{question: 1}', '', '\u0000']) {
      const res = await app.request(path, postJson(body));
      expect(res.status, JSON.stringify(body)).toBe(400);
      const error = await errorOf(res);
      expect(error.code).toBe('bad_request');
      expect(error.message).toBe('request body is not valid JSON');
    }
  });

  it.each(TUTOR_ROUTES)('%s: wrong content type → 415', async (path, body) => {
    const { app } = await testApp();
    const asText = await app.request(path, {
      method: 'POST',
      body: JSON.stringify(body),
      headers: { 'content-type': 'text/plain' },
    });
    expect(asText.status).toBe(415);
    expect((await errorOf(asText)).code).toBe('unsupported_media_type');
    const asForm = await app.request(path, { method: 'POST', body: new URLSearchParams({ question: 'x' }) });
    expect(asForm.status).toBe(415);
  });

  it.each(TUTOR_ROUTES)('%s: a body of 64 KB + 1 byte → 413, declared or streamed', async (path) => {
    const { app } = await testApp();
    const big = JSON.stringify({ question: 'x', padding: 'y'.repeat(64 * 1024) }).slice(0, 64 * 1024 + 1);
    expect(new TextEncoder().encode(big).byteLength).toBe(64 * 1024 + 1);
    const declared = await app.request(path, postJson(big));
    expect(declared.status).toBe(413);
    expect(await errorOf(declared)).toMatchObject({
      code: 'payload_too_large',
      message: 'request body is larger than the 64 KB limit',
    });
    const { body, duplex } = chunkedBody([new TextEncoder().encode(big)]);
    const streamed = await app.request(path, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body,
      duplex,
    } as RequestInit);
    expect(streamed.status).toBe(413);
  });

  it('accepts a body of exactly 64 KB', async () => {
    const { app } = await testApp();
    const prefix = '{"question":"What is docker0?","pad":"';
    const body = `${prefix}${'y'.repeat(64 * 1024 - prefix.length - 2)}"}`;
    expect(body.length).toBe(64 * 1024);
    expect((await app.request('/api/ask', postJson(body))).status).toBe(200);
  });

  it('unknown route → 404, wrong method → 405 with Allow', async () => {
    const { app } = await testApp();
    const unknown = await app.request('/api/nothing');
    expect(unknown.status).toBe(404);
    expect((await errorOf(unknown)).code).toBe('not_found');
    expect((await app.request('/')).status).toBe(404);

    const getAsk = await app.request('/api/ask');
    expect(getAsk.status).toBe(405);
    expect(getAsk.headers.get('allow')).toBe('OPTIONS, POST');
    expect((await errorOf(getAsk)).code).toBe('method_not_allowed');
    const deleteHealth = await app.request('/api/health', { method: 'DELETE' });
    expect(deleteHealth.status).toBe(405);
    expect(deleteHealth.headers.get('allow')).toBe('GET, HEAD, OPTIONS');
    const putConcept = await app.request('/api/concepts/docker0', { method: 'PUT' });
    expect(putConcept.status).toBe(405);
    // A route taking a JSON body says the method is wrong before it asks for JSON.
    const getQuiz = await app.request('/api/quiz');
    expect(getQuiz.status).toBe(405);
    expect((await errorOf(getQuiz)).code).toBe('method_not_allowed');
  });
});

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

describe('odd Unicode never yields a 5xx', () => {
  const questions = [
    'docker0 \uD800 是什么', // lone high surrogate
    '\uDC00\uDBFF', // reversed pair
    '\u202Eمرحبا docker0\u202C ما هو؟', // RTL override and Arabic
    '\u200F\u200E什么是命名空间\u200B？', // RTL/LTR marks, zero-width space
    '🐳🐳 What is a container? 👩‍💻🏳️‍🌈', // emoji with ZWJ sequences
    'NUL\u0000in the middle\u0000',
    '\uFEFFBOM first',
    'e\u0301\u0301\u0301 combining marks',
    'Ｃｇｒｏｕｐｓ　是什么', // full-width
    '\u0007\u001B[31mred\u001B[0m',
    '🐳'.repeat(1000), // 2000 UTF-16 units: the limit exactly
  ];

  it.each(questions.map((q) => [JSON.stringify(q).slice(0, 40), q]))('%s', async (_label, question) => {
    const { app } = await testApp();
    // A URL cannot carry a lone surrogate; what arrives is its replacement (malformed bytes are tested below).
    const inUrl = encodeURIComponent(question.slice(0, 200).replace(LONE_SURROGATE, '\uFFFD'));
    const responses = [
      await app.request('/api/ask', postJson({ question })),
      await app.request('/api/chat', postJson({ messages: [{ role: 'user', content: question }] })),
      await app.request(
        '/v1/chat/completions',
        postJson({ model: 'notes-tutor', messages: [{ role: 'user', content: question }] }),
      ),
      await app.request(`/api/concepts?q=${inUrl}`),
      await app.request(`/api/concepts/${inUrl}`),
      await app.request(`/api/path?from=${inUrl}&to=docker0`),
    ];
    for (const res of responses) {
      expect(res.status).toBeLessThan(500);
      const text = await res.text();
      expect(text).not.toMatch(/"code":"internal"|at .*\.ts:\d+/);
    }
    expect(responses[0]?.status).toBe(200);
    expect(responses[1]?.status).toBe(200);
    expect(responses[2]?.status).toBe(200);
  });
});

describe('malformed percent-encoding never yields a 5xx', () => {
  it.each([
    '/api/concepts?q=%E0%A4%A',
    '/api/concepts?q=%FF%FE',
    '/api/concepts/%ED%A0%80',
    '/api/concepts/%',
    '/api/path?from=%C0%AF&to=docker0',
    '/api/path?from=docker0&to=%',
    '/v1/models/%E2%82',
  ])('%s', async (url) => {
    const { app } = await testApp();
    const res = await app.request(url);
    expect(res.status).toBeLessThan(500);
    if (res.status >= 400)
      expect((await errorOf(res)).code).toMatch(/^(not_found|invalid_request|bad_request)$/);
    else expect(res.headers.get('content-type')).toMatch(/^application\/json/);
  });
});

describe('limits', () => {
  it('429 with Retry-After once a client is over its rate, per client, health exempt', async () => {
    const { app } = await testApp({ limits: { ratePerMinute: 2 } });
    const as = (client: string) => ({ headers: { 'x-forwarded-for': client } });
    expect((await app.request('/api/concepts?q=docker', as('198.51.100.1'))).status).toBe(200);
    expect((await app.request('/api/graph', as('198.51.100.1'))).status).toBe(200);
    const limited = await app.request('/api/concepts?q=docker', as('198.51.100.1'));
    expect(limited.status).toBe(429);
    expect(limited.headers.get('retry-after')).toBe('30');
    expect((await errorOf(limited)).code).toBe('rate_limited');
    expect((await app.request('/api/concepts?q=docker', as('198.51.100.2'))).status).toBe(200);
    for (let i = 0; i < 5; i++)
      expect((await app.request('/api/health', as('198.51.100.1'))).status).toBe(200);
  });

  it('503 overloaded when every tutor slot is busy, and the slot is usable again afterwards', async () => {
    const { tutor } = hangingTutor();
    const { app, gate } = await testApp({ tutor, limits: { maxConcurrentStreams: 1 } });
    const controller = new AbortController();
    const holding = await app.request('/api/chat', {
      ...postJson({ messages: [{ role: 'user', content: 'What is docker0?' }] }),
      signal: controller.signal,
    });
    const reader = holding.body?.getReader();
    await reader?.read();
    expect(gate.active).toBe(1);
    for (const [path, body] of TUTOR_ROUTES) {
      const refused = await app.request(path, postJson(body));
      expect(refused.status, path).toBe(503);
      expect(refused.headers.get('retry-after')).toBe('1');
      expect((await errorOf(refused)).code).toBe('overloaded');
    }
    // Graph routes do not take a tutor slot.
    expect((await app.request('/api/concepts?q=docker')).status).toBe(200);
    await reader?.cancel();
    expect(gate.active).toBe(0);
  });

  it('503 with Connection: close for new requests once shutdown has begun', async () => {
    let draining = false;
    const { app } = await testApp({ draining: () => draining });
    expect((await app.request('/api/health')).status).toBe(200);
    draining = true;
    const res = await app.request('/api/health');
    expect(res.status).toBe(503);
    expect(res.headers.get('connection')).toBe('close');
  });
});

describe('headers and logs', () => {
  it('sends secure headers and allows CORS only for the configured origin', async () => {
    const { app } = await testApp();
    const allowed = await app.request('/api/health', { headers: { origin: 'http://localhost:3000' } });
    expect(allowed.headers.get('access-control-allow-origin')).toBe('http://localhost:3000');
    expect(allowed.headers.get('x-content-type-options')).toBe('nosniff');
    expect(allowed.headers.get('content-security-policy')).toContain("default-src 'none'");
    expect(allowed.headers.get('x-frame-options')).toBe('SAMEORIGIN');
    const other = await app.request('/api/health', { headers: { origin: 'https://evil.example' } });
    expect(other.headers.get('access-control-allow-origin')).toBeNull();
    const preflight = await app.request('/api/ask', {
      method: 'OPTIONS',
      headers: {
        origin: 'http://localhost:3000',
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'content-type',
      },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-methods')).toContain('POST');
  });

  it('gives every response a request id and logs one line per request without the question', async () => {
    const { app, logger } = await testApp();
    const mine = await app.request(
      '/api/ask',
      postJson({ question: 'secret question about docker0' }, { 'x-request-id': 'abc-123' }),
    );
    expect(mine.headers.get('x-request-id')).toBe('abc-123');
    const replaced = await app.request('/api/health', {
      headers: { 'x-request-id': `with spaces and a very long tail ${'x'.repeat(80)}` },
    });
    expect(replaced.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
    const lines = logger.lines.filter((line) => line.msg === 'request');
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatchObject({
      level: 'info',
      id: 'abc-123',
      method: 'POST',
      path: '/api/ask',
      status: 200,
    });
    expect(typeof lines[0]?.ms).toBe('number');
    expect(JSON.stringify(logger.lines)).not.toContain('secret question');
  });
});
