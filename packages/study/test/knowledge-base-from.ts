import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { buildKnowledgeBase, type KnowledgeBase, parseVocabulary } from '@notetutor/graph';
import { loadKnowledgeBase } from '@notetutor/graph/node';
import { parseNotes } from '@notetutor/notes';

const VOCABULARY_FILE = fileURLToPath(new URL('../../../data/vocabulary.yaml', import.meta.url));
const NOTES_DIR = fileURLToPath(new URL('../../../data/notes', import.meta.url));
const vocabulary = parseVocabulary(readFileSync(VOCABULARY_FILE, 'utf8'));

/** A knowledge base from markdown files given as text (file name → text), with the seed vocabulary. */
export function knowledgeBaseFrom(files: Record<string, string>): KnowledgeBase {
  const documents = Object.entries(files)
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([file, text]) => parseNotes(text, { file }));
  return buildKnowledgeBase({ documents, skipped: [], warnings: [] }, vocabulary);
}

let seed: Promise<KnowledgeBase> | undefined;
/** The seed notes' knowledge base, built once per test file. */
export function seedKnowledgeBase(): Promise<KnowledgeBase> {
  seed ??= loadKnowledgeBase({ notesDir: NOTES_DIR, vocabularyFile: VOCABULARY_FILE });
  return seed;
}
