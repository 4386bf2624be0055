import { extent } from './extent';
import type { GraphView } from './graph-view';

/**
 * The graph with its unconnected concepts moved onto a row just under the connected ones, so that one far
 * outlier ("orchestration tool") does not shrink everything else when the view fits the screen. Connected
 * concepts keep their positions; the row is in id order (deterministic). Returns `view` itself when there is
 * nothing to tuck.
 *
 * @example
 * tuckIsolatedConcepts(view).nodes.find((n) => n.id === 'orchestration-tool')?.y; // just below the rest
 */
export function tuckIsolatedConcepts(view: GraphView): GraphView {
  const linked = new Set<string>();
  for (const edge of view.edges) {
    if (edge.source === edge.target) continue;
    linked.add(edge.source);
    linked.add(edge.target);
  }
  const connected = view.nodes.filter((n) => linked.has(n.id));
  const isolated = view.nodes.filter((n) => !linked.has(n.id));
  if (isolated.length === 0 || connected.length < 2) return view;
  const { min: minX, max: maxX } = extent(connected.map((n) => n.x));
  const { min: minY, max: maxY } = extent(connected.map((n) => n.y));
  const spanY = maxY - minY || 1;
  const order = [...isolated].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const slot = new Map(order.map((n, i) => [n.id, i]));
  const step = (maxX - minX) / (order.length + 1);
  return {
    ...view,
    nodes: view.nodes.map((n) => {
      const i = slot.get(n.id);
      // y grows upwards (as sigma draws it): "under" is below the lowest connected concept.
      return i === undefined ? n : { ...n, x: minX + step * (i + 1), y: minY - spanY * 0.08 };
    }),
  };
}
