import forceAtlas2 from 'graphology-layout-forceatlas2';
import type { ConceptGraph } from '../types';

/** Options of `assignLayout`. */
export interface LayoutOptions {
  /** ForceAtlas2 iterations; by default fewer the bigger the graph (300 for a small graph, at least 5). */
  iterations?: number;
}

/** FNV-1a over UTF-16 units: a stable 32-bit hash of a node id. */
function hash(text: string, seed: number): number {
  let h = (0x811c9dc5 ^ seed) >>> 0;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}

/**
 * Gives every concept finite, deterministic x/y coordinates for drawing: a starting point derived from a hash of
 * its id (so adding a concept does not reshuffle the others), then a fixed number of ForceAtlas2 iterations,
 * fewer on a big graph so the time stays bounded (about a million node pairs; Barnes-Hut from 300 nodes). Coordinates are rounded to
 * 1/1000; the same graph always gets the same numbers.
 *
 * @example
 * assignLayout(kb.graph);
 * kb.graph.getNodeAttributes('docker0'); // { ..., x: 12.345, y: -3.21 }
 */
export function assignLayout(graph: ConceptGraph, options: LayoutOptions = {}): void {
  const order = graph.order;
  if (order === 0) return;
  const spread = 10 * Math.sqrt(order);
  const start = new Map<string, { x: number; y: number }>();
  graph.forEachNode((node) => {
    const angle = (hash(node, 1) / 0x100000000) * 2 * Math.PI;
    const radius = spread * Math.sqrt((hash(node, 2) + 1) / 0x100000001);
    const point = { x: round(radius * Math.cos(angle)), y: round(radius * Math.sin(angle)) };
    start.set(node, point);
    graph.mergeNodeAttributes(node, point);
  });
  // Each iteration costs about n² (n·log n with Barnes-Hut): spend about a million node pairs in all.
  const perIteration = order >= 300 ? order * Math.log2(order) * 20 : order * order;
  const budget = Math.round(1_000_000 / (perIteration + graph.size));
  const iterations = Math.max(0, Math.floor(options.iterations ?? Math.min(300, Math.max(5, budget))));
  if (iterations > 0 && order > 1) {
    const settings = { ...forceAtlas2.inferSettings(order), barnesHutOptimize: order >= 300 };
    forceAtlas2.assign(graph, { iterations, settings, getEdgeWeight: 'weight' });
  }
  graph.forEachNode((node, attributes) => {
    const fallback = start.get(node) as { x: number; y: number };
    const x = Number.isFinite(attributes.x) ? round(attributes.x) : fallback.x;
    const y = Number.isFinite(attributes.y) ? round(attributes.y) : fallback.y;
    graph.mergeNodeAttributes(node, { x: Object.is(x, -0) ? 0 : x, y: Object.is(y, -0) ? 0 : y });
  });
}
