import type { Passage } from '@notetutor/notes';
import { MultiDirectedGraph } from 'graphology';
import { createConceptLookup } from '../discovery/create-concept-lookup';
import type { ConceptGraph, ConceptNodeAttributes, KnowledgeBase, RelationEdgeAttributes } from '../types';
import type { KnowledgeBaseData } from './export-knowledge-base';

/**
 * Rebuilds a knowledge base from `exportKnowledgeBase`'s data: imports the graph, indexes the passages of the
 * documents by id (in reading order, as the build did) and rebuilds the lookup. Linear and cheap next to a
 * build: no text is parsed or scanned.
 *
 * @example
 * const kb = importKnowledgeBase(message); // message: exportKnowledgeBase(kb) from a worker
 */
export function importKnowledgeBase(data: KnowledgeBaseData): KnowledgeBase {
  const graph: ConceptGraph = new MultiDirectedGraph<ConceptNodeAttributes, RelationEdgeAttributes>({
    allowSelfLoops: false,
  });
  graph.import(data.graph);
  const passages = new Map<string, Passage>();
  for (const document of data.documents)
    for (const passage of document.passages) passages.set(passage.id, passage);
  return {
    graph,
    documents: data.documents,
    passages,
    originalOf: data.originalOf,
    translationsOf: data.translationsOf,
    passageConcepts: data.passageConcepts,
    lookup: createConceptLookup(data.lookupConcepts),
    skipped: data.skipped,
    warnings: data.warnings,
  };
}
