import type { GraphEdgeView } from './graph-view';

/** The relations between one pair of concepts, drawn as one line. */
export interface CollapsedRelation {
  id: string;
  source: string;
  target: string;
  /** Distinct relation types, the specific ones only when there are any (`related-to` is the vaguest). */
  types: string[];
}

/**
 * One entry per pair of concepts (either direction), so a small drawing never stacks lines and labels on
 * top of each other. Keeps the first edge's direction; order follows the input.
 */
export function collapseRelations(edges: GraphEdgeView[]): CollapsedRelation[] {
  const byPair = new Map<string, { first: GraphEdgeView; types: string[] }>();
  for (const e of edges) {
    const key = [e.source, e.target].sort().join('\u0000');
    const group = byPair.get(key);
    if (!group) byPair.set(key, { first: e, types: [e.type] });
    else if (!group.types.includes(e.type)) group.types.push(e.type);
  }
  return [...byPair.values()].map(({ first, types }) => {
    const specific = types.filter((t) => t !== 'related-to');
    return {
      id: first.id,
      source: first.source,
      target: first.target,
      types: specific.length > 0 ? specific : types,
    };
  });
}
