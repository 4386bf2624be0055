import { extent } from './extent';
import type { GraphView } from './graph-view';

/**
 * The layout turned a quarter turn when it is wider than tall, for a portrait screen (a phone): fitted to
 * the screen, a landscape layout would fill a third of it. Distances and neighbourhoods are unchanged, only
 * the orientation; the same view gives the same result.
 *
 * @example
 * fitLayoutToPortrait(view).nodes[0]; // { …, x: old y, y: −old x } when the layout was landscape
 */
export function fitLayoutToPortrait(view: GraphView): GraphView {
  if (view.nodes.length < 2) return view;
  const xs = extent(view.nodes.map((n) => n.x));
  const ys = extent(view.nodes.map((n) => n.y));
  const spanX = xs.max - xs.min;
  const spanY = ys.max - ys.min;
  if (spanX <= spanY) return view;
  return { ...view, nodes: view.nodes.map((n) => ({ ...n, x: n.y, y: -n.x })) };
}
