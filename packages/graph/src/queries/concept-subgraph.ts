import { MultiDirectedGraph } from 'graphology';
import type { ConceptGraph, ConceptNodeAttributes, RelationEdgeAttributes } from '../types';

/**
 * The part of the concept graph made of the given concepts and the relations among them (ids not in the
 * graph are ignored), as a new graph with copied attributes, in the original graph's order.
 *
 * @example
 * const view = conceptSubgraph(kb.graph, ['bridge', 'dnat', 'iptables']);
 * view.export(); // { nodes: [...3], edges: [bridge→dnat, dnat→iptables], ... }
 */
export function conceptSubgraph(graph: ConceptGraph, ids: Iterable<string>): ConceptGraph {
  const keep = new Set(ids);
  const sub: ConceptGraph = new MultiDirectedGraph<ConceptNodeAttributes, RelationEdgeAttributes>({
    allowSelfLoops: false,
  });
  graph.forEachNode((node, attributes) => {
    if (keep.has(node))
      sub.addNode(node, {
        ...attributes,
        aliases: [...attributes.aliases],
        evidence: [...attributes.evidence],
      });
  });
  graph.forEachEdge((edge, attributes, source, target) => {
    if (keep.has(source) && keep.has(target)) {
      sub.addEdgeWithKey(edge, source, target, { ...attributes, evidence: [...attributes.evidence] });
    }
  });
  return sub;
}
