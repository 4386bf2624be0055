import type { ConceptGraph } from '../types';
import { conceptSubgraph } from './concept-subgraph';

/**
 * The concepts within `depth` relations of a concept (whatever the relations' direction) and the relations
 * among them, as a new graph. Throws when the concept is not in the graph.
 *
 * @example
 * const around = conceptNeighbourhood(kb.graph, 'cgroups', 1);
 * around.hasNode('memory'); // true (cgroups limits memory)
 */
export function conceptNeighbourhood(graph: ConceptGraph, id: string, depth = 1): ConceptGraph {
  if (!graph.hasNode(id)) throw new Error(`@notetutor/graph/concept-neighbourhood: no concept "${id}"`);
  const maxDepth = Math.max(0, Math.floor(depth));
  const seen = new Set([id]);
  let frontier = [id];
  for (let level = 0; level < maxDepth && frontier.length > 0; level++) {
    const next: string[] = [];
    for (const node of frontier) {
      graph.forEachNeighbor(node, (neighbour) => {
        if (!seen.has(neighbour)) {
          seen.add(neighbour);
          next.push(neighbour);
        }
      });
    }
    frontier = next;
  }
  return conceptSubgraph(graph, seen);
}
