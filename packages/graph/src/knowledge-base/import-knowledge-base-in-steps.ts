import type { Passage } from '@notetutor/notes';
import { MultiDirectedGraph } from 'graphology';
import { createConceptLookup } from '../discovery/create-concept-lookup';
import type { ConceptGraph, ConceptNodeAttributes, KnowledgeBase, RelationEdgeAttributes } from '../types';
import type { KnowledgeBaseData } from './export-knowledge-base';

/** How many nodes, edges or passages one step of {@link importKnowledgeBaseInSteps} imports. */
const ITEMS_PER_STEP = 500;

/**
 * `importKnowledgeBase` cut into steps: a generator that does a bounded piece of the work (a few hundred
 * nodes, edges or passages; then the lookup) per `next()` and returns the knowledge base when done. A server
 * that drives it can yield to other work between steps, so importing big notes never holds its thread for
 * long. The result is the same as `importKnowledgeBase`'s.
 *
 * @example
 * const steps = importKnowledgeBaseInSteps(message);
 * let step = steps.next();
 * while (!step.done) step = steps.next(); // or: one step per setImmediate
 * const kb = step.value;
 */
export function* importKnowledgeBaseInSteps(data: KnowledgeBaseData): Generator<void, KnowledgeBase, void> {
  const graph: ConceptGraph = new MultiDirectedGraph<ConceptNodeAttributes, RelationEdgeAttributes>({
    allowSelfLoops: false,
  });
  // graphology imports partial serialisations: the attributes once, then nodes and edges in slices.
  graph.import({ attributes: data.graph.attributes ?? {} });
  const nodes = data.graph.nodes ?? [];
  for (let at = 0; at < nodes.length; at += ITEMS_PER_STEP) {
    graph.import({ nodes: nodes.slice(at, at + ITEMS_PER_STEP) });
    yield;
  }
  const edges = data.graph.edges ?? [];
  for (let at = 0; at < edges.length; at += ITEMS_PER_STEP) {
    graph.import({ edges: edges.slice(at, at + ITEMS_PER_STEP) });
    yield;
  }
  // Passages indexed by id in reading order, as the build did.
  const passages = new Map<string, Passage>();
  let count = 0;
  for (const document of data.documents) {
    for (const passage of document.passages) {
      passages.set(passage.id, passage);
      if (++count % ITEMS_PER_STEP === 0) yield;
    }
  }
  yield;
  const lookup = createConceptLookup(data.lookupConcepts);
  return {
    graph,
    documents: data.documents,
    passages,
    originalOf: data.originalOf,
    translationsOf: data.translationsOf,
    passageConcepts: data.passageConcepts,
    lookup,
    skipped: data.skipped,
    warnings: data.warnings,
  };
}
