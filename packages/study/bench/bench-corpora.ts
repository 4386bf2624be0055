/**
 * The notes the study benchmarks run on: the seed (Chinese + English rendering) and the ≈5 MB corpus that
 * `packages/graph/bench` generates from it, each with a function building a fresh knowledge base.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildKnowledgeBase, type KnowledgeBase, parseVocabulary } from '@notetutor/graph';
import { generateCorpus } from '@notetutor/graph/bench-corpus';
import { parseNotes } from '@notetutor/notes';

export interface BenchCorpus {
  size: 'seed' | '5';
  bytes: number;
  knowledgeBase: () => KnowledgeBase;
}

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const MB = 1024 * 1024;

/** The seed and the generated 5 MB corpus, in that order. */
export function benchCorpora(): BenchCorpus[] {
  const zh = readFileSync(path.join(root, 'data/notes/docker-concepts.zh.md'), 'utf8');
  const en = readFileSync(path.join(root, 'data/notes/docker-concepts.en.md'), 'utf8');
  const vocabulary = parseVocabulary(readFileSync(path.join(root, 'data/vocabulary.yaml'), 'utf8'));
  return (['seed', '5'] as const).map((size) => {
    const files =
      size === 'seed'
        ? [
            { file: 'docker-concepts.en.md', text: en },
            { file: 'docker-concepts.zh.md', text: zh },
          ]
        : generateCorpus(zh, en, Number(size) * MB);
    return {
      size,
      bytes: files.reduce((sum, f) => sum + Buffer.byteLength(f.text), 0),
      knowledgeBase: () =>
        buildKnowledgeBase(
          { documents: files.map((f) => parseNotes(f.text, { file: f.file })), skipped: [], warnings: [] },
          vocabulary,
        ),
    };
  });
}
