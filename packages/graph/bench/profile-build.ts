/**
 * Profiling aid (not part of `npm run bench`): builds the generated corpus several times in one process and
 * prints, per run, wall time and the main thread's CPU time of the parse and of the build, and the garbage
 * collector's time during the build. On a shared machine the main thread's CPU time is steadier than wall
 * time. With `--cpu-prof` it gives a profile of the build:
 *
 *   node --import tsx bench/profile-build.ts [MB=5] [runs=3]
 *   node --cpu-prof --cpu-prof-dir=/tmp/prof --import tsx bench/profile-build.ts 5 3
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { PerformanceObserver } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { type NotesCorpus, parseNotes } from '@notetutor/notes';
import { buildKnowledgeBase } from '../src/knowledge-base/build-knowledge-base';
import { parseVocabulary } from '../src/vocabulary/parse-vocabulary';
import { generateCorpus } from './generate-corpus';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const mb = Number(process.argv[2] ?? 5);
const runs = Number(process.argv[3] ?? 3);
const zh = readFileSync(path.join(root, 'data/notes/docker-concepts.zh.md'), 'utf8');
const en = readFileSync(path.join(root, 'data/notes/docker-concepts.en.md'), 'utf8');
const vocabulary = parseVocabulary(readFileSync(path.join(root, 'data/vocabulary.yaml'), 'utf8'));
const files = generateCorpus(zh, en, mb * 1024 * 1024);

/** CPU time of the main thread in ms (Linux: /proc, 10 ms steps); elsewhere the whole process's. */
function mainThreadCpu(): number {
  try {
    const stat = readFileSync(`/proc/self/task/${process.pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    const usage = process.cpuUsage();
    return (usage.user + usage.system) / 1000;
  }
}

let gcMs = 0;
new PerformanceObserver((list) => {
  for (const entry of list.getEntries()) gcMs += entry.duration;
}).observe({ entryTypes: ['gc'] });

for (let run = 0; run < runs; run++) {
  const w0 = performance.now();
  const c0 = mainThreadCpu();
  const corpus: NotesCorpus = {
    documents: files.map((f) => parseNotes(f.text, { file: f.file })),
    skipped: [],
    warnings: [],
  };
  const w1 = performance.now();
  const c1 = mainThreadCpu();
  const gc0 = gcMs;
  const kb = buildKnowledgeBase(corpus, vocabulary);
  const w2 = performance.now();
  const c2 = mainThreadCpu();
  // GC entries arrive asynchronously: let them in before reading the total.
  await new Promise((resolve) => setTimeout(resolve, 0));
  console.log(
    `run ${run}: parse ${(w1 - w0).toFixed(0)} ms (cpu ${(c1 - c0).toFixed(0)}), build ${(w2 - w1).toFixed(0)} ms (cpu ${(c2 - c1).toFixed(0)}), gc ${(gcMs - gc0).toFixed(0)} ms; ${kb.graph.order} concepts, ${kb.graph.size} links`,
  );
}
