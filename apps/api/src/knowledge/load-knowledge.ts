import type { KnowledgeBase } from '@notetutor/graph';
import { loadKnowledgeBase } from '@notetutor/graph/node';

/**
 * Reads the notes folder (only reads) and the vocabulary and builds the knowledge base. Bad notes files are
 * skipped and listed in `kb.skipped`; a missing or broken vocabulary becomes a warning in `kb.warnings`.
 *
 * @example
 * const kb = await loadKnowledge({ notesDir: '/srv/notes', vocabularyFile: '/srv/vocabulary.yaml' });
 */
export function loadKnowledge(options: {
  notesDir: string;
  vocabularyFile?: string | undefined;
}): Promise<KnowledgeBase> {
  return loadKnowledgeBase({
    notesDir: options.notesDir,
    ...(options.vocabularyFile ? { vocabularyFile: options.vocabularyFile } : {}),
  });
}
