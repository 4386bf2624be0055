import { describe, expect, it } from 'vitest';
import { graphNode } from './graph-node-fixture';
import type { GraphNodeView, GraphView } from './graph-view';
import { tuckIsolatedConcepts } from './tuck-isolated-concepts';

const node = (id: string, x: number, y: number) => graphNode(id, { x, y });
const edge = (source: string, target: string) => ({
  id: `${source}-${target}`,
  source,
  target,
  type: 'uses',
  evidence: [],
  weight: 1,
});

describe('tuckIsolatedConcepts', () => {
  it('lays out a graph of 300,000 connected concepts without overflowing the stack', () => {
    const count = 300_000;
    const nodes = Array.from({ length: count }, (_, i) => node(`n${i}`, i % 1000, Math.floor(i / 1000)));
    const edges = Array.from({ length: count - 1 }, (_, i) => edge(`n${i}`, `n${i + 1}`));
    const view: GraphView = { nodes: [...nodes, node('lonely', 5000, 5000)], edges };
    const lonely = tuckIsolatedConcepts(view).nodes.at(-1) as GraphNodeView;
    expect(lonely.x).toBeGreaterThanOrEqual(0);
    expect(lonely.x).toBeLessThanOrEqual(999);
    expect(lonely.y).toBeLessThan(0);
  });

  it('moves a far unconnected concept just under the connected ones, which stay put', () => {
    const view: GraphView = {
      nodes: [node('a', 0, 0), node('b', 10, 10), node('c', 5, 0), node('lonely', 400, -300)],
      edges: [edge('a', 'b'), edge('b', 'c')],
    };
    const tucked = tuckIsolatedConcepts(view);
    expect(tucked.nodes.slice(0, 3)).toEqual(view.nodes.slice(0, 3));
    const lonely = tucked.nodes[3] as GraphNodeView;
    expect(lonely.x).toBeGreaterThanOrEqual(0);
    expect(lonely.x).toBeLessThanOrEqual(10);
    expect(lonely.y).toBeLessThan(0);
    expect(lonely.y).toBeGreaterThan(-2);
  });

  it('leaves a graph without unconnected concepts as it is', () => {
    const view: GraphView = { nodes: [node('a', 0, 0), node('b', 1, 1)], edges: [edge('a', 'b')] };
    expect(tuckIsolatedConcepts(view)).toBe(view);
  });
});
