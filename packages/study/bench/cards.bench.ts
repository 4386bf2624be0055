/**
 * `npm run bench` (in packages/study): how long making the review deck takes, and how many cards it makes.
 * On the seed notes (mean of 20 runs after a warm-up) and on the generated ≈5 MB corpus of
 * `packages/graph/bench` (one run). Each deck is made from a freshly built knowledge base (not timed).
 */
import os from 'node:os';
import { buildDeck } from '../src/cards/build-deck';
import { benchCorpora } from './bench-corpora';

console.log(`machine: ${os.cpus().length}× ${os.cpus()[0]?.model ?? 'unknown cpu'}, node ${process.version}`);
console.log('| corpus | KB | concepts | cards | definition / cloze / relation / contrast | deck ms |');
console.log('| --- | --- | --- | --- | --- | --- |');
for (const { size, bytes, knowledgeBase } of benchCorpora()) {
  // Each timed deck is made from a fresh knowledge base (the deck caches sentence scans per knowledge base).
  const runs = size === 'seed' ? 20 : 1;
  if (size === 'seed') for (let i = 0; i < 3; i++) buildDeck(knowledgeBase());
  let kb = knowledgeBase();
  let deck = buildDeck(kb);
  let total = 0;
  for (let i = 0; i < runs; i++) {
    kb = knowledgeBase();
    const started = performance.now();
    deck = buildDeck(kb);
    total += performance.now() - started;
  }
  const ms = total / runs;
  const count = (kind: string) => deck.cards.filter((c) => c.kind === kind).length;
  console.log(
    `| ${size === 'seed' ? 'seed (zh + en)' : `generated ${size} MB`} | ${(bytes / 1024).toFixed(0)} | ${kb.graph.order} | ${deck.cards.length} | ${count('definition')} / ${count('cloze')} / ${count('relation')} / ${count('contrast')} | ${ms.toFixed(1)} |`,
  );
}
