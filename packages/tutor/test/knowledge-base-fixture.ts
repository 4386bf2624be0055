/**
 * Knowledge bases for the tutor's tests, built the way the apps build them (`loadKnowledgeBase` with the
 * repository's `data/vocabulary.yaml`).
 */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { KnowledgeBase } from '@notetutor/graph';
import { loadKnowledgeBase } from '@notetutor/graph/node';

const DATA = fileURLToPath(new URL('../../../data/', import.meta.url));

/** The knowledge base of a notes folder (or single file) with the repository's vocabulary. */
export function knowledgeBaseFrom(notesDir: string): Promise<KnowledgeBase> {
  return loadKnowledgeBase({
    notesDir,
    vocabularyFile: path.join(DATA, 'vocabulary.yaml'),
    strictVocabulary: true,
  });
}

/** The seed notes (`data/notes`, Chinese and English). */
export function seedKnowledgeBase(): Promise<KnowledgeBase> {
  return knowledgeBaseFrom(path.join(DATA, 'notes'));
}

/** Writes notes files to a fresh temporary folder, builds their knowledge base, and returns a cleanup. */
export async function knowledgeBaseOfNotes(
  files: Record<string, string>,
): Promise<{ kb: KnowledgeBase; dir: string; remove: () => Promise<void> }> {
  const dir = await mkdtemp(path.join(tmpdir(), 'notetutor-notes-'));
  for (const [name, text] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(dir, name)), { recursive: true });
    await writeFile(path.join(dir, name), text);
  }
  return { kb: await knowledgeBaseFrom(dir), dir, remove: () => rm(dir, { recursive: true, force: true }) };
}
