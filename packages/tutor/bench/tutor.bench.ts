/**
 * `npm run bench` (in packages/tutor): in-process latency of an offline answer (`groundQuestion` +
 * `composeOfflineAnswer`), p50 and p99, on the seed notes and on a generated corpus about 1,000× the Chinese
 * notes file (≈ 5.5 MB, the graph package's generator), each size in its own child process.
 *
 * Questions are generated from the knowledge base's concept labels × question templates in both languages
 * (definitions, how-it-works, comparisons and relations between pairs of concepts, follow-ups with history,
 * off-topic questions), all distinct, so no cache can flatter the figures: nothing is cached per question,
 * only per knowledge base (the index, `prepareIndex`, whose build time is printed on its own, and tables
 * derived from the notes and graph that fill on first use). Each size runs three rounds of distinct
 * questions; percentiles are the median over the rounds ("max" is over all).
 *
 * Besides wall-clock latency, each question's CPU time is measured (`process.cpuUsage`, all the process's
 * threads, so garbage collection counts) and young-generation collections are counted: on a machine shared
 * with other busy processes the wall-clock tail is mostly time the process waited for a core, and these two
 * say how much of it is the tutor's own (work and allocation).
 *
 * Targets: seed p50 ≤ 1 ms and p99 ≤ 5 ms; large corpus p50 ≤ 50 ms.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { constants, PerformanceObserver } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import type { Turn } from '@notetutor/contracts';
import { buildKnowledgeBase, type KnowledgeBase, parseVocabulary } from '@notetutor/graph';
import { generateCorpus } from '@notetutor/graph/bench-corpus';
import { parseNotes } from '@notetutor/notes';
import { groundQuestion } from '../src/grounding/ground-question';
import { prepareIndex } from '../src/grounding/prepare-index';
import { composeOfflineAnswer } from '../src/offline/compose-offline-answer';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '../../..');
const MB = 1024 * 1024;
/** Questions timed per round and size, all distinct (the WARM_UP before them only warm the JIT). */
const QUESTIONS = { seed: 2000, large: 400 } as const;
/**
 * Rounds per size, each over its own questions; every percentile reported is the median over the rounds, so
 * that a burst of load from other processes on a shared machine does not decide a tail percentile alone.
 */
const ROUNDS = 3;
const WARM_UP = 50;

interface Question {
  question: string;
  history?: Turn[];
}

interface Measure {
  size: 'seed' | 'large';
  notesMb: number;
  passages: number;
  concepts: number;
  buildMs: number;
  indexMs: number;
  questions: number;
  answered: number;
  p50: number;
  p90: number;
  p99: number;
  max: number;
  mean: number;
  /** CPU time per question (all the process's threads, so garbage collection counts), median over rounds. */
  cpuP50: number;
  cpuP99: number;
  /** Young-generation collections per 1,000 questions: what allocation costs in pauses. */
  gcPerThousand: number;
  maxRssMb: number;
}

const ZH_TEMPLATES = [
  (a: string) => `什么是${a}？`,
  (a: string) => `${a}有什么作用？`,
  (a: string) => `${a}是怎么工作的？`,
  (a: string) => `能讲讲${a}吗`,
  (a: string) => `为什么需要${a}？`,
];
const EN_TEMPLATES = [
  (a: string) => `What is ${a}?`,
  (a: string) => `How does ${a} work?`,
  (a: string) => `Can you explain ${a} to me?`,
  (a: string) => `Why do we need ${a}?`,
  (a: string) => `What does the ${a} do in Docker?`,
];
const OFF_TOPIC = [
  (i: number) => `What is the capital of country number ${i}?`,
  (i: number) => `第${i}届奥运会在哪里举办？`,
  (i: number) => `How do I configure Kubernetes ingress rule ${i}?`,
];

/**
 * Distinct questions from the concepts of a knowledge base: each concept in every template, then pairs of
 * concepts (neighbours first, then any two) compared, related and asked as follow-ups, with off-topic
 * questions mixed in, interleaved so that every prefix is a mix.
 */
function generateQuestions(kb: KnowledgeBase, count: number): Question[] {
  const concepts = kb.graph
    .mapNodes((id, a) => ({ id, zh: a.labelZh, en: a.labelEn }))
    .sort((x, y) => (x.id < y.id ? -1 : 1));
  const index = new Map(concepts.map((c, i) => [c.id, i]));
  const pairs: [number, number][] = [];
  kb.graph.forEachEdge((_e, _a, source, target) => {
    const s = index.get(source);
    const t = index.get(target);
    if (s !== undefined && t !== undefined && s !== t) pairs.push([s, t]);
  });
  for (let step = 1; step < concepts.length && pairs.length < count; step++) {
    for (let i = 0; i < concepts.length; i++) pairs.push([i, (i + step) % concepts.length]);
  }
  const seen = new Set<string>();
  const out: Question[] = [];
  const push = (q: Question) => {
    const key = `${q.question}\u0000${q.history?.[0]?.content ?? ''}`;
    if (!seen.has(key) && out.length < count) {
      seen.add(key);
      out.push(q);
    }
  };
  const single = concepts.flatMap((c, i) =>
    ZH_TEMPLATES.map((_t, k) => ({ c, k: (k + i) % ZH_TEMPLATES.length })),
  );
  for (let i = 0; out.length < count && i < Math.max(single.length, pairs.length) * 2; i++) {
    const one = single[i % single.length];
    if (one && i < single.length) {
      push({ question: (ZH_TEMPLATES[one.k] as (a: string) => string)(one.c.zh) });
      push({ question: (EN_TEMPLATES[one.k] as (a: string) => string)(one.c.en) });
    }
    const pair = pairs[i % pairs.length];
    if (pair) {
      const a = concepts[pair[0]] as (typeof concepts)[number];
      const b = concepts[pair[1]] as (typeof concepts)[number];
      const variant = Math.floor(i / pairs.length) % 2;
      push({ question: variant ? `${a.zh}和${b.zh}有什么区别？` : `${a.zh}和${b.zh}有什么关系？` });
      push({
        question: variant
          ? `What is the difference between ${a.en} and ${b.en}?`
          : `How does ${a.en} relate to ${b.en}?`,
      });
      push({ question: `那${b.zh}呢？`, history: [{ role: 'user', content: `什么是${a.zh}？` }] });
      push({ question: `And what about ${b.en}?`, history: [{ role: 'user', content: `What is ${a.en}?` }] });
    }
    if (i % 4 === 0) push({ question: (OFF_TOPIC[(i / 4) % OFF_TOPIC.length] as (n: number) => string)(i) });
  }
  return out;
}

function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] as number;
}

async function measure(size: 'seed' | 'large'): Promise<Measure> {
  const zh = readFileSync(path.join(root, 'data/notes/docker-concepts.zh.md'), 'utf8');
  const en = readFileSync(path.join(root, 'data/notes/docker-concepts.en.md'), 'utf8');
  const vocabulary = parseVocabulary(readFileSync(path.join(root, 'data/vocabulary.yaml'), 'utf8'));
  const files =
    size === 'seed'
      ? [
          { file: 'docker-concepts.en.md', text: en },
          { file: 'docker-concepts.zh.md', text: zh },
        ]
      : generateCorpus(zh, en, 1000 * Buffer.byteLength(zh));
  const bytes = files.reduce((sum, f) => sum + Buffer.byteLength(f.text), 0);

  const t0 = performance.now();
  const kb = buildKnowledgeBase(
    { documents: files.map((f) => parseNotes(f.text, { file: f.file })), skipped: [], warnings: [] },
    vocabulary,
  );
  const t1 = performance.now();
  prepareIndex(kb);
  const t2 = performance.now();

  const questions = generateQuestions(kb, ROUNDS * QUESTIONS[size] + WARM_UP);
  for (const input of questions.slice(0, WARM_UP)) composeOfflineAnswer(kb, groundQuestion(kb, input));
  const rounds: number[][] = [];
  const cpuRounds: number[][] = [];
  let answered = 0;
  let scavenges = 0;
  // Counts young-generation collections (minor GC) while the questions run.
  const gcObserver = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      const { detail } = entry as unknown as { detail?: { kind?: number } };
      if (detail?.kind === constants.NODE_PERFORMANCE_GC_MINOR) scavenges++;
    }
  });
  gcObserver.observe({ entryTypes: ['gc'] });
  for (let round = 0; round < ROUNDS; round++) {
    const from = WARM_UP + round * QUESTIONS[size];
    const latencies: number[] = [];
    const cpu: number[] = [];
    for (const input of questions.slice(from, from + QUESTIONS[size])) {
      const cpuStart = process.cpuUsage();
      const start = performance.now();
      const answer = composeOfflineAnswer(kb, groundQuestion(kb, input));
      latencies.push(performance.now() - start);
      const used = process.cpuUsage(cpuStart);
      cpu.push((used.user + used.system) / 1000);
      if (answer.grounded) answered++;
    }
    rounds.push(latencies.sort((a, b) => a - b));
    cpuRounds.push(cpu.sort((a, b) => a - b));
  }
  // Observers hear of collections asynchronously: let them catch up before counting.
  await new Promise((resolve) => setTimeout(resolve, 50));
  gcObserver.disconnect();
  const median = (values: number[]) => values.sort((a, b) => a - b)[Math.floor(values.length / 2)] as number;
  const at = (p: number) => median(rounds.map((latencies) => percentile(latencies, p)));
  const cpuAt = (p: number) => median(cpuRounds.map((times) => percentile(times, p)));
  const all = rounds.flat();
  return {
    size,
    notesMb: bytes / MB,
    passages: kb.passages.size,
    concepts: kb.graph.order,
    buildMs: t1 - t0,
    indexMs: t2 - t1,
    questions: all.length,
    answered,
    p50: at(50),
    p90: at(90),
    p99: at(99),
    max: Math.max(...all),
    mean: all.reduce((sum, v) => sum + v, 0) / Math.max(1, all.length),
    cpuP50: cpuAt(50),
    cpuP99: cpuAt(99),
    gcPerThousand: (1000 * scavenges) / Math.max(1, all.length),
    maxRssMb: process.resourceUsage().maxRSS / 1024,
  };
}

function fmt(n: number, digits = 2): string {
  return n.toFixed(digits);
}

function report(results: Measure[]): void {
  const cpus = os.cpus();
  console.log(
    `machine: ${cpus.length} × ${cpus[0]?.model.trim() ?? 'unknown cpu'}, ${fmt(os.totalmem() / 1024 ** 3, 1)} GB RAM, node ${process.version}, ${os.platform()} ${os.arch()}, load average ${os
      .loadavg()
      .map((l) => fmt(l, 1))
      .join(' ')}`,
  );
  console.log(
    'corpus   notes MB  passages  concepts  kb build ms  index ms  questions  answered  p50 ms  p90 ms  p99 ms  max ms  mean ms  cpu p50  cpu p99  minor GC/1k  peak RSS MB',
  );
  for (const r of results) {
    console.log(
      [
        r.size.padEnd(6),
        fmt(r.notesMb, 3).padStart(10),
        String(r.passages).padStart(9),
        String(r.concepts).padStart(9),
        fmt(r.buildMs, 0).padStart(12),
        fmt(r.indexMs, 0).padStart(9),
        String(r.questions).padStart(10),
        String(r.answered).padStart(9),
        fmt(r.p50, 3).padStart(7),
        fmt(r.p90, 3).padStart(7),
        fmt(r.p99, 3).padStart(7),
        fmt(r.max, 2).padStart(7),
        fmt(r.mean, 3).padStart(8),
        fmt(r.cpuP50, 3).padStart(8),
        fmt(r.cpuP99, 3).padStart(8),
        fmt(r.gcPerThousand, 1).padStart(12),
        fmt(r.maxRssMb, 0).padStart(12),
      ].join(' '),
    );
  }
  const seed = results.find((r) => r.size === 'seed');
  const large = results.find((r) => r.size === 'large');
  const verdict = (ok: boolean) => (ok ? 'met' : 'MISSED');
  if (seed && large) {
    console.log(
      `targets: seed p50 ${fmt(seed.p50, 3)} ms (≤ 1: ${verdict(seed.p50 <= 1)}), seed p99 ${fmt(seed.p99, 3)} ms (≤ 5: ${verdict(seed.p99 <= 5)}), ` +
        `large p50 ${fmt(large.p50, 2)} ms (≤ 50: ${verdict(large.p50 <= 50)})`,
    );
  }
}

const child = process.argv[2] === '--child' ? process.argv[3] : undefined;
if (child === 'seed' || child === 'large') {
  process.stdout.write(`${JSON.stringify(await measure(child))}\n`);
} else {
  // Each size in its own process, so that the large corpus's memory and JIT state do not colour the seed's.
  const results: Measure[] = [];
  for (const size of ['seed', 'large'] as const) {
    try {
      const output = execFileSync(
        process.execPath,
        [...process.execArgv, fileURLToPath(import.meta.url), '--child', size],
        { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'], maxBuffer: 16 * MB },
      );
      results.push(JSON.parse(output.trim().split('\n').at(-1) as string) as Measure);
    } catch (error) {
      const status = (error as { status?: number }).status;
      console.error(
        `tutor bench: the ${size} measurement failed (exit ${status ?? 'unknown'}); see its error above`,
      );
      process.exitCode = 1;
    }
  }
  if (results.length > 0) report(results);
}
