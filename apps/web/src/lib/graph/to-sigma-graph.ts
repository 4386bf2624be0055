import { MultiDirectedGraph } from 'graphology';
import { extent } from './extent';
import type { GraphView } from './graph-view';
import { kindColor } from './kind-colors';

/** Node attributes sigma draws from (plus what the reducers need). */
export interface SigmaNodeAttributes {
  x: number;
  y: number;
  size: number;
  color: string;
  label: string;
  labelZh: string;
  labelEn: string;
  kind: string;
}

/** Edge attributes: `type` is sigma's edge program, so the relation type lives in `relation`. */
export interface SigmaEdgeAttributes {
  type: 'arrow';
  relation: string;
  size: number;
  color: string;
}

/** Smallest and largest node radius on screen, in pixels. */
const MIN_SIZE = 4;
const MAX_SIZE = 16;

/**
 * A graphology graph ready for sigma: positions from the API's layout, colours by kind, sizes from the API's
 * size (centrality/mentions) spread over a readable pixel range. The relation type must not sit in `type`,
 * which sigma reads as the name of the program that draws the edge.
 */
export function toSigmaGraph(view: GraphView): MultiDirectedGraph<SigmaNodeAttributes, SigmaEdgeAttributes> {
  const graph = new MultiDirectedGraph<SigmaNodeAttributes, SigmaEdgeAttributes>({ allowSelfLoops: false });
  const { min: low, max: high } = extent(view.nodes.map((n) => n.size));
  for (const node of view.nodes) {
    const t = high > low ? (node.size - low) / (high - low) : 0.5;
    graph.addNode(node.id, {
      x: node.x,
      y: node.y,
      size: MIN_SIZE + Math.sqrt(t) * (MAX_SIZE - MIN_SIZE),
      color: kindColor(node.kind),
      label: node.labelZh,
      labelZh: node.labelZh,
      labelEn: node.labelEn,
      kind: node.kind,
    });
  }
  for (const edge of view.edges) {
    if (edge.source === edge.target) continue;
    graph.addEdgeWithKey(edge.id, edge.source, edge.target, {
      type: 'arrow',
      relation: edge.type,
      size: Math.min(4, 1 + Math.log2(Math.max(1, edge.weight))),
      color: '#94a3b8',
    });
  }
  return graph;
}
