import type { ConceptGraph } from '../types';

/**
 * The concepts with the highest centrality (PageRank stored on the nodes by `buildKnowledgeBase`), ties by id.
 *
 * @example
 * mostCentralConcepts(kb.graph, 3).map((c) => c.id); // ['container', 'docker', 'image']
 */
export function mostCentralConcepts(
  graph: ConceptGraph,
  count = 10,
): Array<{ id: string; label: string; centrality: number }> {
  const all = graph.mapNodes((id, attributes) => ({
    id,
    label: attributes.label,
    centrality: attributes.centrality,
  }));
  all.sort((a, b) => b.centrality - a.centrality || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return all.slice(0, Math.max(0, count));
}
