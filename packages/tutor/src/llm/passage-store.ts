import type { Passage } from '@notetutor/notes';

/**
 * The part of a `KnowledgeBase` the LLM engine reads: passages by id, and which passage translates which.
 * A `KnowledgeBase` is one; tests can hand-make one.
 */
export interface PassageStore {
  readonly passages: ReadonlyMap<string, Passage>;
  /** Translated passage id → original passage id. */
  readonly originalOf: ReadonlyMap<string, string>;
}
