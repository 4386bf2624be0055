import {
  type FakeOpenAI,
  type FakeReply,
  splitIntoChunks,
  startFakeOpenAI,
} from '@notetutor/test-support/fake-openai-server';
import { afterEach, describe, expect, it } from 'vitest';
import { basicsStore, groundingFor } from '../../test/notes-fixture';
import type { Grounding } from '../types';
import { createChatClient } from './create-chat-client';
import { generateLlmAnswer, type LlmAnswerStep } from './generate-llm-answer';

let server: FakeOpenAI | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

async function run(script: FakeReply[], grounding: Grounding) {
  server = await startFakeOpenAI({ script });
  const config = {
    baseURL: server.baseURL,
    apiKey: 'sk-secret-test-key',
    model: 'fake-model',
    timeoutMs: 1000,
    maxRetries: 1,
  };
  const steps: LlmAnswerStep[] = [];
  try {
    for await (const step of generateLlmAnswer({
      client: createChatClient(config),
      config,
      store: basicsStore(),
      grounding,
      concepts: [{ id: 'container', label: 'Container' }],
      followUps: ['What do cgroups limit?'],
    })) {
      steps.push(step);
    }
    return { steps };
  } catch (error) {
    return { steps, error };
  }
}

const EN = groundingFor('How do containers differ from virtual machines?', 'en', [
  'basics.en#2.1',
  'basics.en#2.2',
  'basics.en#3.1',
]);

describe('generateLlmAnswer', () => {
  it('streams the answer and returns it with checked, renumbered citations (unknown [9] dropped)', async () => {
    const reply =
      'A container shares the host kernel [2], while a virtual machine emulates its own [1, 9]. ' +
      'Cgroups cap a container’s CPU【3】 and invented things [9].';
    const { steps, error } = await run([{ type: 'stream', chunks: splitIntoChunks(reply, 4) }], EN);
    expect(error).toBeUndefined();
    const candidates = steps[0];
    expect(candidates?.type).toBe('candidates');
    expect(candidates?.type === 'candidates' && candidates.citations.map((c) => c.id)).toEqual([
      'basics.en#2.1',
      'basics.en#2.2',
      'basics.en#3.1',
    ]);
    const streamed = steps.flatMap((s) => (s.type === 'text' ? [s.text] : [])).join('');
    expect(streamed).toBe(
      'A container shares the host kernel [2], while a virtual machine emulates its own [1]. ' +
        'Cgroups cap a container’s CPU[3] and invented things.',
    );
    const last = steps.at(-1);
    expect(last?.type).toBe('answer');
    if (last?.type !== 'answer') return;
    expect(last.answer).toMatchObject({
      answer:
        'A container shares the host kernel [1], while a virtual machine emulates its own [2]. ' +
        'Cgroups cap a container’s CPU[3] and invented things.',
      grounded: true,
      engine: 'llm',
      language: 'en',
      concepts: [{ id: 'container', label: 'Container' }],
      followUps: ['What do cgroups limit?'],
    });
    expect(last.answer.citations.map((c) => c.id)).toEqual([
      'basics.en#2.2',
      'basics.en#2.1',
      'basics.en#3.1',
    ]);
    expect(last.answer.citations[0]).toEqual({
      id: 'basics.en#2.2',
      quote: 'A container shares the host kernel and isolates user space with Namespaces.',
      source: {
        file: 'basics.en.md',
        heading: 'Container basics › Containers and virtual machines',
        line: 7,
      },
      original: {
        id: 'basics.zh#2.2',
        quote: '容器共享宿主机内核，用 Namespaces 隔离用户空间。',
        source: { file: 'basics.zh.md', heading: '容器基础 › 容器与虚拟机', line: 4 },
      },
    });
  });

  it('holds text back until the model cites a passage', async () => {
    const { steps } = await run(
      [{ type: 'stream', chunks: ['Short', ' answer', ' here [1]', ' and more.'] }],
      EN,
    );
    const texts = steps.flatMap((s) => (s.type === 'text' ? [s.text] : []));
    expect(texts).toEqual(['Short answer here [1]', ' and more.']);
  });

  it('leaves out the reasoning a local model writes before its answer', async () => {
    const { steps } = await run(
      [
        {
          type: 'stream',
          chunks: [
            '<think>The learner asks',
            ' about kernels.</think>\n\n',
            'Containers share the kernel [2].',
          ],
        },
      ],
      EN,
    );
    const last = steps.at(-1);
    expect(last?.type === 'answer' && last.answer.answer).toBe('Containers share the kernel [1].');
  });

  it('treats a reply that cites nothing as garbage and streams none of it', async () => {
    const { steps, error } = await run([{ type: 'stream', chunks: ['PWNED'] }], EN);
    expect(error).toMatchObject({ name: 'ModelFailure', kind: 'garbage' });
    expect(steps.map((s) => s.type)).toEqual(['candidates']);
  });

  it('treats an empty or invisible-only reply as garbage', async () => {
    for (const chunks of [[], ['  \n\t '], ['\u200B\u0000\u202E']]) {
      const { error } = await run([{ type: 'stream', chunks }], EN);
      expect(error).toMatchObject({ kind: 'garbage' });
      await server?.close();
      server = undefined;
    }
  });

  it('treats a reply of bare marks or only unknown citations as garbage', async () => {
    expect((await run([{ type: 'stream', chunks: ['[1][2]'] }], EN)).error).toMatchObject({
      kind: 'garbage',
    });
    await server?.close();
    server = undefined;
    expect((await run([{ type: 'stream', chunks: ['Made up [7].'] }], EN)).error).toMatchObject({
      kind: 'garbage',
    });
  });

  it('fails with the model error after streamed text when the stream breaks', async () => {
    const { steps, error } = await run(
      [{ type: 'stream', chunks: ['Kernel shared [2].', ' More'], stallAfter: 1 }],
      EN,
    );
    expect(steps.map((s) => s.type)).toEqual(['candidates', 'text']);
    expect(error).toMatchObject({ kind: 'timeout' });
  });

  it('never puts the API key in the request body', async () => {
    await run([{ type: 'stream', chunks: ['Kernel shared [2].'] }], EN);
    expect(server?.requests[0]?.rawBody).not.toContain('sk-secret-test-key');
  });
});
