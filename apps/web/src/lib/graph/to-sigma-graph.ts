import { MultiDirectedGraph } from 'graphology';
import { TYPED_EDGE_COLOR, VAGUE_EDGE_COLOR } from './edge-colors';
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
  /** Set by the reducers: draw this label whatever it collides with (a selected concept, a path). */
  mustLabel?: boolean;
  /** Set by the reducers: labels of higher priority are placed first. */
  labelPriority?: number;
  /** Set by the reducers in progress mode: a ring round the disc (a concept not started). */
  ring?: boolean;
}

/** Edge attributes: `type` is sigma's edge program, so the relation type lives in `relation`. */
export interface SigmaEdgeAttributes {
  type: 'arrow';
  relation: string;
  size: number;
  color: string;
  /** The relation's resting colour: `related-to` (a mere co-occurrence) lighter than typed relations. */
  restColor: string;
}

/** Smallest and largest node radius on screen, in pixels. */
const MIN_SIZE = 4;
const MAX_SIZE = 16;

/**
 * A graphology graph ready for sigma: positions from the API's layout, colours by kind, sizes from the API's
 * size (centrality/mentions) spread over a readable pixel range; `related-to` drawn lighter and thinner than
 * typed relations, thickness from the edge's weight (1 when it has none). The relation type must not sit in `type`,
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
    const vague = edge.type === 'related-to';
    const weight = Number.isFinite(edge.weight) ? edge.weight : 1;
    const color = vague ? VAGUE_EDGE_COLOR : TYPED_EDGE_COLOR;
    graph.addEdgeWithKey(edge.id, edge.source, edge.target, {
      type: 'arrow',
      relation: edge.type,
      size: Math.min(vague ? 2 : 4, 1 + Math.log2(Math.max(1, weight))),
      color,
      restColor: color,
    });
  }
  return graph;
}
