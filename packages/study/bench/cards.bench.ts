/**
 * `npm run bench` (in packages/study): how long making the review deck takes, and how many cards it makes.
 * On the seed notes (mean of 20 runs after a warm-up) and on the generated ≈5 MB corpus of
 * `packages/graph/bench` (one run). Each deck is made from a freshly built knowledge base (not timed).
 */
import { readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildKnowledgeBase, parseVocabulary } from '@notetutor/graph';
import { parseNotes } from '@notetutor/notes';
import { generateCorpus } from '../../graph/bench/generate-corpus';
import { buildDeck } from '../src/cards/build-deck';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const MB = 1024 * 1024;
const zh = readFileSync(path.join(root, 'data/notes/docker-concepts.zh.md'), 'utf8');
const en = readFileSync(path.join(root, 'data/notes/docker-concepts.en.md'), 'utf8');
const vocabulary = parseVocabulary(readFileSync(path.join(root, 'data/vocabulary.yaml'), 'utf8'));

console.log(`machine: ${os.cpus().length}× ${os.cpus()[0]?.model ?? 'unknown cpu'}, node ${process.version}`);
console.log('| corpus | KB | concepts | cards | definition / cloze / relation / contrast | deck ms |');
console.log('| --- | --- | --- | --- | --- | --- |');
for (const size of ['seed', '5']) {
  const files =
    size === 'seed'
      ? [
          { file: 'docker-concepts.en.md', text: en },
          { file: 'docker-concepts.zh.md', text: zh },
        ]
      : generateCorpus(zh, en, Number(size) * MB);
  const bytes = files.reduce((sum, f) => sum + Buffer.byteLength(f.text), 0);
  const knowledgeBase = () =>
    buildKnowledgeBase(
      { documents: files.map((f) => parseNotes(f.text, { file: f.file })), skipped: [], warnings: [] },
      vocabulary,
    );
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
