/**
 * `npm run bench` (in packages/study): how long a 20-question quiz takes. "first" builds every question the
 * notes support for one language from a fresh knowledge base (what the first quiz after a (re)load pays),
 * "next" is a further quiz on the same knowledge base (questions cached). Seed notes: mean of 20 runs after
 * a warm-up; generated ≈5 MB corpus of `packages/graph/bench`: one run. The lexicon's tables are loaded
 * before timing (once per process).
 */
import os from 'node:os';
import { isCommonWord } from '@notetutor/lexicon';
import { buildQuiz } from '../src/quiz/build-quiz';
import { benchCorpora } from './bench-corpora';

isCommonWord('warm-up', 'en');
isCommonWord('预热', 'zh');

console.log(`machine: ${os.cpus().length}× ${os.cpus()[0]?.model ?? 'unknown cpu'}, node ${process.version}`);
console.log('| corpus | KB | concepts | questions | first quiz ms | next quiz ms |');
console.log('| --- | --- | --- | --- | --- | --- |');
for (const { size, bytes, knowledgeBase } of benchCorpora()) {
  const runs = size === 'seed' ? 20 : 1;
  if (size === 'seed') for (let i = 0; i < 3; i++) buildQuiz(knowledgeBase(), { count: 20, seed: i });
  let first = 0;
  let next = 0;
  let kb = knowledgeBase();
  let questions = 0;
  for (let i = 0; i < runs; i++) {
    kb = knowledgeBase();
    let started = performance.now();
    questions = buildQuiz(kb, { count: 20, seed: i }).items.length;
    first += performance.now() - started;
    started = performance.now();
    buildQuiz(kb, { count: 20, seed: i + 1 });
    next += performance.now() - started;
  }
  console.log(
    `| ${size === 'seed' ? 'seed (zh + en)' : `generated ${size} MB`} | ${(bytes / 1024).toFixed(0)} | ${kb.graph.order} | ${questions} | ${(first / runs).toFixed(1)} | ${(next / runs).toFixed(2)} |`,
  );
}
