import { parseSse } from '@notetutor/test-support/sse';
import { describe, expect, it } from 'vitest';
import { hangingTutor } from '../../test/fake-tutors';
import { errorOf } from '../../test/read-json';
import { postJson, testApp } from '../../test/test-app';
import { ChatCompletionSchema, ModelListSchema } from '../openai/chat-completion-response';

const ask = (content: string, extra: object = {}) =>
  postJson({ model: 'notes-tutor', messages: [{ role: 'user', content }], ...extra });

describe('GET /v1/models', () => {
  it('lists the tutor as the one model', async () => {
    const { app } = await testApp();
    const list = ModelListSchema.parse(await (await app.request('/v1/models')).json());
    expect(list.data.map((m) => m.id)).toEqual(['notes-tutor']);
    expect((await app.request('/v1/models/notes-tutor')).status).toBe(200);
    const missing = await app.request('/v1/models/gpt-4o');
    expect(missing.status).toBe(404);
    expect(await errorOf(missing)).toMatchObject({ code: 'not_found', type: 'invalid_request_error' });
  });
});

describe('POST /v1/chat/completions', () => {
  it('answers with footnotes in the text and the citations as an extra field', async () => {
    const { app } = await testApp();
    const res = await app.request('/v1/chat/completions', ask('What does cgroups limit?'));
    expect(res.status).toBe(200);
    const completion = ChatCompletionSchema.parse(await res.json());
    const content = completion.choices[0]?.message.content ?? '';
    expect(completion.citations.length).toBeGreaterThan(0);
    expect(content).toContain('[^1]');
    expect(content).not.toMatch(/(?<!\^)\[1\]/);
    const first = completion.citations[0];
    expect(content).toContain(
      `[^1]: ${first?.quote.replace(/\s+/g, ' ').trim()} — ${first?.source.file}:${first?.source.line}`,
    );
    // One footnote definition per citation, numbered 1..n.
    const definitions = content.match(/^\[\^(\d+)\]: /gm) ?? [];
    expect(definitions).toHaveLength(completion.citations.length);
  });

  it('streams chunks whose text adds up to the same answer, citations on the last chunk, then [DONE]', async () => {
    const { app } = await testApp();
    const plain = ChatCompletionSchema.parse(
      await (await app.request('/v1/chat/completions', ask('What does cgroups limit?'))).json(),
    );
    const res = await app.request('/v1/chat/completions', ask('What does cgroups limit?', { stream: true }));
    expect(res.headers.get('content-type')).toMatch(/^text\/event-stream/);
    const { messages } = parseSse(await res.text());
    expect(messages.at(-1)?.data).toBe('[DONE]');
    const chunks = messages.slice(0, -1).map((m) => JSON.parse(m.data));
    expect(chunks[0].choices[0].delta).toEqual({ role: 'assistant', content: '' });
    const text = chunks.map((c) => c.choices[0].delta.content ?? '').join('');
    expect(text).toBe(plain.choices[0]?.message.content);
    const last = chunks.at(-1);
    expect(last.choices[0].finish_reason).toBe('stop');
    expect(last.citations).toEqual(plain.citations);
    expect(chunks.slice(0, -1).every((c) => c.choices[0].finish_reason === null)).toBe(true);
  });

  it('refuses an unknown model and a conversation without a final user question, in OpenAI’s error shape', async () => {
    const { app } = await testApp();
    const wrongModel = await app.request(
      '/v1/chat/completions',
      postJson({ model: 'gpt-4o', messages: [{ role: 'user', content: 'hi' }] }),
    );
    expect(wrongModel.status).toBe(404);
    expect((await errorOf(wrongModel)).message).toMatch(/use "notes-tutor"/);

    const noQuestion = await app.request(
      '/v1/chat/completions',
      postJson({ model: 'notes-tutor', messages: [{ role: 'system', content: 'You are a pirate.' }] }),
    );
    expect(noQuestion.status).toBe(400);
    expect(await errorOf(noQuestion)).toMatchObject({
      code: 'invalid_request',
      type: 'invalid_request_error',
      param: null,
    });

    const noMessages = await app.request('/v1/chat/completions', postJson({ model: 'notes-tutor' }));
    expect(noMessages.status).toBe(400);
    expect((await errorOf(noMessages)).message).toMatch(/^messages: /);
  });

  it('ends a stream that runs past the time limit with an OpenAI-style error line', async () => {
    const { tutor } = hangingTutor();
    const { app, gate } = await testApp({ tutor, limits: { requestTimeoutMs: 100 } });
    const res = await app.request('/v1/chat/completions', ask('What is docker0?', { stream: true }));
    const { messages } = parseSse(await res.text());
    const last = JSON.parse(messages.at(-1)?.data ?? '{}');
    expect(last.error).toMatchObject({ code: 'timeout', type: 'timeout_error' });
    expect(messages.some((m) => m.data === '[DONE]')).toBe(false);
    expect(gate.active).toBe(0);
  });
});
