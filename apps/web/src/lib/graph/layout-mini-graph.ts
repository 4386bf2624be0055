import { extent } from './extent';

/** A position in the unit square, `[0, 1]²`. */
export interface Point {
  x: number;
  y: number;
}

/**
 * Places a handful of nodes for a small SVG drawing: a deterministic force layout (Fruchterman–Reingold,
 * started from a circle, fixed iteration count) scaled into the unit square with a margin. Same input, same
 * picture. Meant for ≤ 20 nodes.
 */
export function layoutMiniGraph(
  ids: string[],
  links: { source: string; target: string }[],
  margin = 0.12,
): Map<string, Point> {
  const n = ids.length;
  const positions = new Map<string, Point>();
  if (n === 0) return positions;
  if (n === 1) {
    positions.set(ids[0] as string, { x: 0.5, y: 0.5 });
    return positions;
  }
  const index = new Map(ids.map((id, i) => [id, i]));
  const xs = ids.map((_, i) => Math.cos((2 * Math.PI * i) / n - Math.PI / 2));
  const ys = ids.map((_, i) => Math.sin((2 * Math.PI * i) / n - Math.PI / 2));
  const pairs = links
    .map((l) => [index.get(l.source), index.get(l.target)] as const)
    .filter((p): p is readonly [number, number] => p[0] !== undefined && p[1] !== undefined && p[0] !== p[1]);
  const k = Math.sqrt(4 / n);
  let temperature = 0.3;
  for (let iteration = 0; iteration < 150; iteration++) {
    const dx = new Array<number>(n).fill(0);
    const dy = new Array<number>(n).fill(0);
    for (let i = 0; i < n; i++) {
      for (let j = i + 1; j < n; j++) {
        let ddx = (xs[i] ?? 0) - (xs[j] ?? 0);
        let ddy = (ys[i] ?? 0) - (ys[j] ?? 0);
        let d = Math.hypot(ddx, ddy);
        if (d < 1e-6) {
          ddx = 0.01 * (i - j);
          ddy = 0.01;
          d = Math.hypot(ddx, ddy);
        }
        const force = (k * k) / d;
        dx[i] = (dx[i] ?? 0) + (ddx / d) * force;
        dy[i] = (dy[i] ?? 0) + (ddy / d) * force;
        dx[j] = (dx[j] ?? 0) - (ddx / d) * force;
        dy[j] = (dy[j] ?? 0) - (ddy / d) * force;
      }
    }
    for (const [a, b] of pairs) {
      const ddx = (xs[a] ?? 0) - (xs[b] ?? 0);
      const ddy = (ys[a] ?? 0) - (ys[b] ?? 0);
      const d = Math.max(1e-6, Math.hypot(ddx, ddy));
      const force = (d * d) / k;
      dx[a] = (dx[a] ?? 0) - (ddx / d) * force;
      dy[a] = (dy[a] ?? 0) - (ddy / d) * force;
      dx[b] = (dx[b] ?? 0) + (ddx / d) * force;
      dy[b] = (dy[b] ?? 0) + (ddy / d) * force;
    }
    // A little gravity keeps separate pieces (a concept the notes do not relate to the others) from drifting
    // to the corners and squeezing the rest together.
    for (let i = 0; i < n; i++) {
      dx[i] = (dx[i] ?? 0) - (xs[i] ?? 0) * k * 0.6;
      dy[i] = (dy[i] ?? 0) - (ys[i] ?? 0) * k * 0.6;
    }
    for (let i = 0; i < n; i++) {
      const d = Math.max(1e-6, Math.hypot(dx[i] ?? 0, dy[i] ?? 0));
      const step = Math.min(d, temperature);
      xs[i] = (xs[i] ?? 0) + ((dx[i] ?? 0) / d) * step;
      ys[i] = (ys[i] ?? 0) + ((dy[i] ?? 0) / d) * step;
    }
    temperature *= 0.97;
  }
  // The drawing is wider than tall: lay the longer axis horizontally.
  const drawnX = extent(xs);
  const drawnY = extent(ys);
  if (drawnY.max - drawnY.min > drawnX.max - drawnX.min) {
    for (let i = 0; i < n; i++) {
      const x = xs[i] ?? 0;
      xs[i] = ys[i] ?? 0;
      ys[i] = x;
    }
  }
  const { min: minX, max: maxX } = extent(xs);
  const { min: minY, max: maxY } = extent(ys);
  const spanX = maxX - minX || 1;
  const spanY = maxY - minY || 1;
  ids.forEach((id, i) => {
    positions.set(id, {
      x: margin + (1 - 2 * margin) * (maxX === minX ? 0.5 : ((xs[i] ?? 0) - minX) / spanX),
      y: margin + (1 - 2 * margin) * (maxY === minY ? 0.5 : ((ys[i] ?? 0) - minY) / spanY),
    });
  });
  return positions;
}
