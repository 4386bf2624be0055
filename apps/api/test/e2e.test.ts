import { AnswerSchema, HealthSchema, TutorEventSchema } from '@notetutor/contracts';
import { parseSse } from '@notetutor/test-support/sse';
import OpenAI from 'openai';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type HttpServer, startHttpServer } from '../src/http-server';
import { testApp } from './test-app';

let http: HttpServer;
beforeAll(async () => {
  const { app } = await testApp();
  http = await startHttpServer(app.fetch, { host: '127.0.0.1', port: 0 });
});
afterAll(async () => {
  await http.shutdown(1000);
});

describe('the server on a real port', () => {
  it('serves health and answers over plain fetch', async () => {
    const health = HealthSchema.parse(await (await fetch(`${http.url}/api/health`)).json());
    expect(health.status).toBe('ok');
    const res = await fetch(`${http.url}/api/ask`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ question: '什么是联合挂载？' }),
    });
    const answer = AnswerSchema.parse(await res.json());
    expect(answer.grounded).toBe(true);
    expect(answer.citations.length).toBeGreaterThan(0);
  });

  it('works with the official openai client, plain and streaming', async () => {
    const client = new OpenAI({ baseURL: `${http.url}/v1`, apiKey: 'unused', maxRetries: 0 });
    const models = await client.models.list();
    expect(models.data.map((m) => m.id)).toEqual(['notes-tutor']);

    const completion = await client.chat.completions.create({
      model: 'notes-tutor',
      messages: [
        { role: 'system', content: 'You are a helpful assistant.' },
        { role: 'user', content: 'What does cgroups limit?' },
      ],
    });
    const content = completion.choices[0]?.message.content ?? '';
    expect(content).toMatch(/\[\^1\]/);
    expect(content).toMatch(/\n\[\^1\]: .+ — docker-concepts\.(en|zh)\.md:\d+/);
    const citations = (completion as unknown as { citations: unknown[] }).citations;
    expect(citations.length).toBeGreaterThan(0);

    const stream = await client.chat.completions.create({
      model: 'notes-tutor',
      stream: true,
      messages: [{ role: 'user', content: 'What does cgroups limit?' }],
    });
    let streamed = '';
    let finish: string | null | undefined;
    let lastCitations: unknown;
    for await (const chunk of stream) {
      streamed += chunk.choices[0]?.delta.content ?? '';
      finish = chunk.choices[0]?.finish_reason ?? finish;
      lastCitations = (chunk as unknown as { citations?: unknown }).citations ?? lastCitations;
    }
    expect(finish).toBe('stop');
    expect(streamed).toBe(content);
    expect(lastCitations).toEqual(citations);
  });

  it('surfaces errors through the openai client as APIError with our message', async () => {
    const client = new OpenAI({ baseURL: `${http.url}/v1`, apiKey: 'unused', maxRetries: 0 });
    const failure = await client.chat.completions
      .create({ model: 'gpt-4o', messages: [{ role: 'user', content: 'hi' }] })
      .catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(OpenAI.NotFoundError);
    expect((failure as InstanceType<typeof OpenAI.NotFoundError>).message).toMatch(/use "notes-tutor"/);
  });

  it('streams /api/chat to a raw SSE reader as it is produced', async () => {
    const res = await fetch(`${http.url}/api/chat`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        messages: [
          { role: 'user', content: 'What is the difference between a container and a virtual machine?' },
        ],
      }),
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/event-stream; charset=utf-8');
    expect(res.headers.get('x-request-id')).toBeTruthy();
    const reader = res.body?.getReader();
    if (!reader) throw new Error('no body');
    const decoder = new TextDecoder();
    let text = '';
    let reads = 0;
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      reads += 1;
      text += decoder.decode(value, { stream: true });
    }
    const events = parseSse(text).messages.map((m) => TutorEventSchema.parse(JSON.parse(m.data)));
    expect(events[0]?.type).toBe('meta');
    expect(events.at(-1)?.type).toBe('done');
    expect(events.filter((e) => e.type === 'delta').length).toBeGreaterThan(1);
    expect(reads).toBeGreaterThan(0);
  });
});
