import type { ConceptDetail, ConceptHit, PathResult } from '@notetutor/contracts';

/** A notes file the current graph could not use, and why. */
export interface SkippedNotesFile {
  file: string;
  reason: string;
}

/**
 * One built knowledge base as the HTTP routes see it: counts, the serialised graph, and the concept
 * queries. Immutable; a rebuild makes a new snapshot and swaps it in whole.
 */
export interface KnowledgeSnapshot {
  /** Increases with every successful rebuild. */
  readonly version: number;
  /** ISO time the snapshot was built. */
  readonly builtAt: string;
  readonly counts: { concepts: number; links: number; passages: number };
  readonly skipped: SkippedNotesFile[];
  /** graphology's JSON export of the concept graph, with layout positions; computed once, then cached. */
  graphJson(): string;
  /** Concepts whose label or alias matches `query`, best first; the most central ones when it is empty. */
  searchConcepts(query: string, limit: number): ConceptHit[];
  /** The concept id for an id or any alias (zh/en, case- and width-insensitive), if there is one. */
  resolveConcept(idOrAlias: string): string | undefined;
  /**
   * Full view of a concept (`id` from {@link resolveConcept}), passages in `lang` where the notes have a
   * translation; undefined for an unknown id.
   */
  describeConcept(id: string, lang?: 'zh' | 'en'): ConceptDetail | undefined;
  /** Shortest path between two concepts with the evidence on each step. */
  findPath(fromId: string, toId: string): PathResult;
}
