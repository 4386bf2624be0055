import type { KnowledgeBaseData } from '@notetutor/graph';
import type { NotesDocument, Passage } from '@notetutor/notes';
import type { Deck } from '@notetutor/study';
import type { TutorIndexData } from '@notetutor/tutor';

/** What the build worker is asked to read. */
export interface KnowledgeBuildRequest {
  notesDir: string;
  vocabularyFile?: string | undefined;
}

/** How many passages (or per-passage rows) one message carries: small messages keep each `postMessage`
 * deserialisation on the main thread short, however big the notes. */
export const ROWS_PER_MESSAGE = 2_000;

/**
 * The messages of one build, in order: progress notes; the documents without their passages; the passages
 * and the per-passage index rows in slices; then the rest of the knowledge base and the index, or an error.
 * After each part the worker waits for the main thread's `'next'` (sent once it has yielded to other work).
 */
export type KnowledgeBuildMessage =
  | { type: 'progress'; stage: 'graph' | 'index'; detail: Record<string, number> }
  | { type: 'documents'; documents: NotesDocument[] }
  | { type: 'passages'; parts: Array<{ document: number; passages: Passage[] }> }
  | { type: 'rows'; key: 'mentions' | 'concepts' | 'passageConcepts'; rows: unknown[] }
  | { type: 'done'; kb: KnowledgeBaseData; index: TutorIndexData; deck: Deck }
  | { type: 'failed'; message: string };
