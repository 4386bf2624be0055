import { describe, expect, it } from 'vitest';
import { fitLayoutToPortrait } from './fit-layout-to-portrait';
import { graphNode } from './graph-node-fixture';
import type { GraphNodeView, GraphView } from './graph-view';

const node = (id: string, x: number, y: number) => graphNode(id, { x, y });
const span = (values: number[]) => Math.max(...values) - Math.min(...values);

describe('fitLayoutToPortrait', () => {
  it('turns a landscape layout upright and keeps every distance', () => {
    const view: GraphView = { nodes: [node('a', 0, 0), node('b', 30, 4), node('c', 12, 9)], edges: [] };
    const upright = fitLayoutToPortrait(view);
    expect(span(upright.nodes.map((n) => n.y))).toBeGreaterThan(span(upright.nodes.map((n) => n.x)));
    const distance = (v: GraphView, i: number, j: number) => {
      const [p, q] = [v.nodes[i] as GraphNodeView, v.nodes[j] as GraphNodeView];
      return Math.hypot(p.x - q.x, p.y - q.y);
    };
    expect(distance(upright, 1, 2)).toBeCloseTo(distance(view, 1, 2));
  });

  it('leaves a layout that is already upright alone', () => {
    const view: GraphView = { nodes: [node('a', 0, 0), node('b', 3, 40)], edges: [] };
    expect(fitLayoutToPortrait(view)).toBe(view);
  });
});
