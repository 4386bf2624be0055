import { AnswerSchema, type TutorEvent, TutorEventSchema } from '@notetutor/contracts';
import { parseSse } from '@notetutor/test-support/sse';
import { describe, expect, it } from 'vitest';
import { hangingTutor, throwingTutor } from '../../test/fake-tutors';
import { errorOf } from '../../test/read-json';
import { postJson, testApp } from '../../test/test-app';

function events(text: string): TutorEvent[] {
  return parseSse(text).messages.map((message) => {
    const event = TutorEventSchema.parse(JSON.parse(message.data));
    expect(message.event).toBe(event.type);
    return event;
  });
}

describe('POST /api/chat', () => {
  it('streams the tutor events in order as SSE, ending with done', async () => {
    const { app, gate, logger } = await testApp();
    const res = await app.request(
      '/api/chat',
      postJson({ messages: [{ role: 'user', content: 'docker0 网桥是做什么的？' }] }),
    );
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/event-stream; charset=utf-8');
    expect(res.headers.get('cache-control')).toContain('no-cache');
    const stream = events(await res.text());
    expect(stream.map((e) => e.type).filter((t) => t !== 'delta')).toEqual([
      'meta',
      'concepts',
      'citations',
      'done',
    ]);
    const done = stream.at(-1);
    if (done?.type !== 'done') throw new Error('no done event');
    const text = stream.flatMap((e) => (e.type === 'delta' ? [e.text] : [])).join('');
    expect(text).toBe(done.answer.answer);
    expect(AnswerSchema.parse(done.answer).citations.length).toBeGreaterThan(0);
    expect(gate.active).toBe(0);
    // The access log line is written when the stream ends, saying the client read it to the end.
    expect(logger.lines.filter((l) => l.msg === 'request').at(-1)).toMatchObject({
      path: '/api/chat',
      status: 200,
      outcome: 'finished',
    });
  });

  it('treats earlier messages as history', async () => {
    const { app } = await testApp();
    const res = await app.request(
      '/api/chat',
      postJson({
        messages: [
          { role: 'user', content: 'bridge 模式是什么？' },
          { role: 'assistant', content: 'bridge 模式通过 docker0 连接容器 [1]。' },
          { role: 'user', content: '那 host 模式呢？' },
        ],
      }),
    );
    const concepts = events(await res.text()).find((e) => e.type === 'concepts');
    expect(concepts?.type === 'concepts' && concepts.concepts.map((c) => c.id)).toContain('host-mode');
  });

  it('rejects a conversation that does not end with a user question, before streaming', async () => {
    const { app } = await testApp();
    for (const messages of [[], [{ role: 'assistant', content: 'hi' }], [{ role: 'user', content: ' ' }]]) {
      const res = await app.request('/api/chat', postJson({ messages }));
      expect(res.status).toBe(400);
      expect((await errorOf(res)).code).toBe('invalid_request');
    }
    const long = await app.request(
      '/api/chat',
      postJson({ messages: [{ role: 'user', content: 'x'.repeat(2001) }] }),
    );
    expect(long.status).toBe(400);
    expect((await errorOf(long)).message).toMatch(/at most 2000 characters/);
  });

  it('ends a stream that runs past the time limit with a timeout error event and frees the slot', async () => {
    const { tutor, signals } = hangingTutor({ ignoreSignal: true });
    const { app, gate } = await testApp({ tutor, limits: { requestTimeoutMs: 80, heartbeatMs: 20 } });
    const res = await app.request(
      '/api/chat',
      postJson({ messages: [{ role: 'user', content: 'What is docker0?' }] }),
    );
    const text = await res.text();
    const parsed = parseSse(text);
    // The heartbeat timer (20 ms) is due before the deadline (80 ms), so Node runs it first even when a busy
    // machine fires both late: at least one heartbeat, however slow the run.
    expect(parsed.comments).toBeGreaterThanOrEqual(1);
    expect(events(text).map((e) => e.type)).toEqual(['meta', 'error']);
    expect(events(text)[1]).toEqual({
      type: 'error',
      error: { code: 'timeout', message: 'the tutor did not finish within 0.1 s' },
    });
    expect(signals[0]?.aborted).toBe(true);
    expect(gate.active).toBe(0);
  });

  it('ends with an internal error event when the tutor fails mid-stream, never a hung socket', async () => {
    const { app, logger, gate } = await testApp({ tutor: throwingTutor() });
    const res = await app.request(
      '/api/chat',
      postJson({ messages: [{ role: 'user', content: 'What is docker0?' }] }, { 'x-request-id': 'chat-1' }),
    );
    expect(res.status).toBe(200);
    const stream = events(await res.text());
    expect(stream.map((e) => e.type)).toEqual(['meta', 'error']);
    expect(stream[1]).toEqual({
      type: 'error',
      error: { code: 'internal', message: 'the answer failed; quote request id chat-1 when reporting it' },
    });
    expect(logger.lines.some((l) => l.msg === 'chat stream failed' && l.id === 'chat-1')).toBe(true);
    expect(gate.active).toBe(0);
  });

  it('aborts the tutor and frees the slot when the client stops reading', async () => {
    const { tutor, signals } = hangingTutor();
    const { app, gate } = await testApp({ tutor });
    const res = await app.request(
      '/api/chat',
      postJson({ messages: [{ role: 'user', content: 'What is docker0?' }] }),
    );
    const reader = res.body?.getReader();
    const first = await reader?.read();
    expect(new TextDecoder().decode(first?.value)).toContain('event: meta');
    expect(gate.active).toBe(1);
    await reader?.cancel();
    expect(signals[0]?.aborted).toBe(true);
    expect(gate.active).toBe(0);
  });
});
