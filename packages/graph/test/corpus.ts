import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { type NotesCorpus, parseNotes } from '@notetutor/notes';
import { loadNotesDir } from '@notetutor/notes/node';
import { buildKnowledgeBase } from '../src/knowledge-base/build-knowledge-base';
import type { KnowledgeBase, Vocabulary } from '../src/types';
import { parseVocabulary } from '../src/vocabulary/parse-vocabulary';

/** The repository root (tests read the seed notes and the vocabulary from `data/`). */
export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
export const seedNotesDir = path.join(repoRoot, 'data/notes');
export const vocabularyFile = path.join(repoRoot, 'data/vocabulary.yaml');

let vocabulary: Vocabulary | undefined;
/** The project's vocabulary, parsed once. */
export function seedVocabulary(): Vocabulary {
  vocabulary ??= parseVocabulary(readFileSync(vocabularyFile, 'utf8'));
  return vocabulary;
}

let everywhere: Vocabulary | undefined;
/**
 * The project's vocabulary as if it were the notes folder's own (every concept `local`): for tests of what
 * the graph reads from a few lines that name concepts by their aliases (`UTS`, `socket文件`).
 */
export function ownVocabulary(): Vocabulary {
  const base = seedVocabulary();
  everywhere ??= { ...base, concepts: base.concepts.map((c) => ({ ...c, local: true })) };
  return everywhere;
}

/** The seed notes (Chinese original and English translation) as the notes loader reads them. */
export function seedCorpus(): Promise<NotesCorpus> {
  return loadNotesDir(seedNotesDir);
}

let seed: Promise<KnowledgeBase> | undefined;
/** The knowledge base of the seed notes, built once per test file. */
export function seedKnowledgeBase(): Promise<KnowledgeBase> {
  seed ??= seedCorpus().then((corpus) => buildKnowledgeBase(corpus, seedVocabulary()));
  return seed;
}

/** A corpus made of markdown texts keyed by file name, parsed like notes files. */
export function corpusFrom(files: Record<string, string>): NotesCorpus {
  const documents = Object.entries(files).map(([file, text]) => parseNotes(text, { file }));
  return { documents, skipped: [], warnings: [] };
}
