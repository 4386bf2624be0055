import type { KnowledgeBase } from '@notetutor/graph';
import type { TutorIndex } from './prepare-index';

/**
 * A table the tutor derives from a knowledge base on first use (a concept's incident edges, an edge's
 * evidence per language, a passage's quotable units, scratch buffers sized to the notes) and keeps on that
 * knowledge base's {@link TutorIndex}, so it lives and dies with the index instead of in a module-level cache.
 * `create` runs once per index; the table usually fills itself lazily (a `Map` per concept or passage).
 *
 * @example
 * const NEIGHBOURS = indexTable('neighbours', () => new Map<string, string[]>());
 * prepareIndex(kb).table(NEIGHBOURS).get('docker0');
 */
export interface IndexTable<T> {
  readonly name: string;
  readonly create: (kb: KnowledgeBase, index: TutorIndex) => T;
}

/** Declares an {@link IndexTable}; `prepareIndex(kb).table(it)` gives the table of `kb`'s index. */
export function indexTable<T>(
  name: string,
  create: (kb: KnowledgeBase, index: TutorIndex) => T,
): IndexTable<T> {
  return { name, create };
}
