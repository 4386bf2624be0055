import type { GraphView } from './graph-view';

/**
 * What the graph highlights for a study path (`/graph?path=iptables,dnat`): the path's concepts the graph
 * knows, and the typed relations between two of them (the ones that put a concept on the path; a mere
 * co-occurrence orders nothing). `null` when none of the ids is in the graph.
 *
 * @example
 * routeHighlight(view, ['iptables', 'dnat']); // { nodes: Set {iptables, dnat}, edges: Set {'e12'} }
 */
export function routeHighlight(
  view: GraphView,
  ids: readonly string[],
): { nodes: Set<string>; edges: Set<string> } | null {
  const known = new Set(view.nodes.map((n) => n.id));
  const nodes = new Set(ids.filter((id) => known.has(id)));
  if (nodes.size === 0) return null;
  const edges = new Set(
    view.edges
      .filter((e) => e.type !== 'related-to' && nodes.has(e.source) && nodes.has(e.target))
      .map((e) => e.id),
  );
  return { nodes, edges };
}

/** The ids of a `?path=` value (comma-separated, at most 30, each at most 200 characters). */
export function parseRouteParam(value: string | null | undefined): string[] {
  if (!value) return [];
  return [
    ...new Set(
      value
        .split(',')
        .map((id) => id.trim())
        .filter((id) => id.length > 0 && id.length <= 200),
    ),
  ].slice(0, 30);
}
