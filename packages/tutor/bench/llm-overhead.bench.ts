/**
 * LLM engine overhead: the time from calling `tutor.stream()` to the moment an OpenAI-compatible server
 * receives the model request (grounding, prompt building with @langchain/core, the openai SDK, HTTP on a
 * kept-alive local connection). Target: p50 and p99 ≤ 5 ms on the seed notes.
 *
 * Many distinct questions (every concept of the seed graph in several Chinese and English phrasings, and
 * pairs of related concepts), each asked once, so no cache flatters the figures. The fake server answers each
 * request at once with a short cited reply, so the whole answer is consumed as a client would.
 *
 * Run on its own: `cd packages/tutor && npx tsx bench/llm-overhead.bench.ts` (`--quick` for a smaller set).
 */
import os from 'node:os';
import type { KnowledgeBase } from '@notetutor/graph';
import { startFakeOpenAI } from '@notetutor/test-support/fake-openai-server';
import { createTutor } from '../src/create-tutor';
import { groundQuestion } from '../src/grounding/ground-question';
import { prepareIndex } from '../src/grounding/prepare-index';
import { seedKnowledgeBase } from '../test/knowledge-base-fixture';

const TARGET_MS = 5;
const quick = process.argv.includes('--quick');

function questionsFor(kb: KnowledgeBase): string[] {
  const questions = new Set<string>();
  const nodes = kb.graph.mapNodes((id, a) => ({ id, zh: a.labelZh, en: a.labelEn }));
  for (const { zh, en } of nodes) {
    for (const q of [`What is ${en}?`, `How does ${en} work in Docker?`, `Why do containers need ${en}?`])
      questions.add(q);
    for (const q of [`${zh}是什么？`, `${zh}有什么作用？`, `${zh}是怎么实现的？`]) questions.add(q);
  }
  kb.graph.forEachEdge((_edge, _attributes, source, target) => {
    const a = kb.graph.getNodeAttributes(source);
    const b = kb.graph.getNodeAttributes(target);
    questions.add(`What is the difference between ${a.labelEn} and ${b.labelEn}?`);
    questions.add(`${a.labelZh}和${b.labelZh}有什么关系？`);
  });
  return [...questions];
}

function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] as number;
}

const kb = await seedKnowledgeBase();
prepareIndex(kb);
const server = await startFakeOpenAI({
  script: () => ({ type: 'stream', chunks: ['Containers share ', 'the host kernel [1].'] }),
});
const tutor = createTutor({
  knowledgeBase: () => kb,
  model: { baseURL: server.baseURL, apiKey: 'bench', model: 'fake-model', timeoutMs: 5000, maxRetries: 0 },
});

const all = questionsFor(kb);
const questions = quick ? all.slice(0, 200) : all;
const warmup = all.slice(-30).map((q) => `${q} (warm-up)`);

async function ask(question: string): Promise<number | undefined> {
  const before = server.requests.length;
  const started = performance.now();
  for await (const _event of tutor.stream({ question })) {
    // consume every event, as a client would
  }
  const request = server.requests[before];
  return server.requests.length > before && request ? request.receivedAt - started : undefined;
}

for (const question of warmup) await ask(question);

const overheads: number[] = [];
const grounding: number[] = [];
let declined = 0;
for (const question of questions) {
  const overhead = await ask(question);
  if (overhead === undefined) {
    declined += 1;
    continue;
  }
  overheads.push(overhead);
  const started = performance.now();
  groundQuestion(kb, { question: `${question} ` });
  grounding.push(performance.now() - started);
}
await server.close();

overheads.sort((a, b) => a - b);
grounding.sort((a, b) => a - b);
const p50 = percentile(overheads, 50);
const p99 = percentile(overheads, 99);
const fmt = (ms: number) => `${ms.toFixed(2)} ms`;
const load = os
  .loadavg()
  .map((n) => n.toFixed(1))
  .join(' ');
console.log(
  `### LLM engine: time before the model request — ${os.cpus().length}× ${os.cpus()[0]?.model ?? 'cpu'}, ` +
    `node ${process.version}, load average ${load}`,
);
console.log(
  `${questions.length} distinct questions on the seed notes (${kb.passages.size} passages, ${kb.graph.order} concepts); ` +
    `${overheads.length} went to the model, ${declined} were declined offline without a model call`,
);
console.log(
  `stream() → request received: p50 ${fmt(p50)}, p99 ${fmt(p99)}, max ${fmt(overheads.at(-1) ?? Number.NaN)} ` +
    `(target ≤ ${TARGET_MS} ms: p50 ${p50 <= TARGET_MS ? 'met' : 'NOT met'}, p99 ${p99 <= TARGET_MS ? 'met' : 'NOT met'})`,
);
console.log(
  `  of which groundQuestion: p50 ${fmt(percentile(grounding, 50))}, p99 ${fmt(percentile(grounding, 99))}`,
);
