import type { NotesDocument } from '@notetutor/notes';
import type { SerializedGraph } from 'graphology-types';
import type { LookupConcept } from '../discovery/create-concept-lookup';
import type { ConceptNodeAttributes, KnowledgeBase, RelationEdgeAttributes } from '../types';

/**
 * A knowledge base as plain data (no class instances, no functions): what `postMessage` can send from the
 * worker thread that built it. `importKnowledgeBase` turns it back into a `KnowledgeBase`.
 */
export interface KnowledgeBaseData {
  graph: SerializedGraph<ConceptNodeAttributes, RelationEdgeAttributes>;
  documents: NotesDocument[];
  originalOf: Map<string, string>;
  translationsOf: Map<string, string[]>;
  passageConcepts: Map<string, string[]>;
  lookupConcepts: LookupConcept[];
  skipped: KnowledgeBase['skipped'];
  warnings: KnowledgeBase['warnings'];
}

/**
 * The transferable form of a knowledge base. The passages travel once, inside their documents; the lookup
 * travels as the concepts and aliases it was built from.
 *
 * @example
 * worker.postMessage(exportKnowledgeBase(kb)); // main thread: importKnowledgeBase(message)
 */
export function exportKnowledgeBase(kb: KnowledgeBase): KnowledgeBaseData {
  const lookup = kb.lookup as Partial<{ concepts(): readonly LookupConcept[] }>;
  if (typeof lookup.concepts !== 'function') {
    throw new Error('@notetutor/graph/export-knowledge-base: the lookup was not made by createConceptLookup');
  }
  return {
    graph: kb.graph.export(),
    documents: kb.documents,
    originalOf: kb.originalOf,
    translationsOf: kb.translationsOf,
    passageConcepts: kb.passageConcepts,
    lookupConcepts: lookup.concepts().map(({ id, aliases }) => ({ id, aliases: [...aliases] })),
    skipped: kb.skipped,
    warnings: kb.warnings,
  };
}
