import { describe, expect, it } from 'vitest';
import { answerSubgraph } from './answer-subgraph';
import { graphNode } from './graph-node-fixture';
import type { GraphView } from './graph-view';
import { layoutMiniGraph } from './layout-mini-graph';

const node = (id: string, mentions = 1) => graphNode(id, { size: 5, mentions });
const edge = (source: string, target: string, type = 'uses') => ({
  id: `${source}-${type}-${target}`,
  source,
  target,
  type,
  evidence: [],
  weight: 1,
});

const graph: GraphView = {
  nodes: ['container', 'vm', 'kernel', 'namespaces', 'cgroups', 'image'].map((id) => node(id)),
  edges: [
    edge('container', 'namespaces'),
    edge('cgroups', 'container', 'limits'),
    edge('container', 'kernel', 'requires'),
    edge('vm', 'kernel', 'requires'),
    edge('namespaces', 'kernel', 'part-of'),
    edge('container', 'image', 'based-on'),
  ],
};

describe('answerSubgraph', () => {
  it('keeps the relations among the answer’s concepts', () => {
    const sub = answerSubgraph(graph, ['container', 'namespaces', 'cgroups', 'unknown']);
    expect(sub.nodes.map((n) => n.id).sort()).toEqual(['cgroups', 'container', 'namespaces']);
    expect(sub.edges.map((e) => e.id).sort()).toEqual([
      'cgroups-limits-container',
      'container-uses-namespaces',
    ]);
  });

  it('adds the concept that connects two unrelated answer concepts', () => {
    const sub = answerSubgraph(graph, ['container', 'vm']);
    expect(sub.nodes.find((n) => n.id === 'kernel')).toMatchObject({ core: false });
    expect(sub.edges.map((e) => e.id).sort()).toEqual(['container-requires-kernel', 'vm-requires-kernel']);
  });
});

describe('layoutMiniGraph', () => {
  it('places every node inside the margin, deterministically, without overlaps', () => {
    const ids = ['a', 'b', 'c', 'd', 'e'];
    const links = [
      { source: 'a', target: 'b' },
      { source: 'b', target: 'c' },
      { source: 'a', target: 'a' },
    ];
    const first = layoutMiniGraph(ids, links);
    expect(layoutMiniGraph(ids, links)).toEqual(first);
    const points = [...first.values()];
    for (const p of points) {
      expect(p.x).toBeGreaterThanOrEqual(0.12 - 1e-9);
      expect(p.x).toBeLessThanOrEqual(0.88 + 1e-9);
      expect(Number.isFinite(p.y)).toBe(true);
    }
    for (let i = 0; i < points.length; i++) {
      for (let j = i + 1; j < points.length; j++) {
        const a = points[i];
        const b = points[j];
        if (a && b) expect(Math.hypot(a.x - b.x, a.y - b.y)).toBeGreaterThan(0.05);
      }
    }
  });

  it('centres a single node', () => {
    expect(layoutMiniGraph(['only'], [])).toEqual(new Map([['only', { x: 0.5, y: 0.5 }]]));
  });
});

describe('collapseRelations', () => {
  it('draws one line per pair, preferring specific relations over related-to', async () => {
    const { collapseRelations } = await import('./collapse-relations');
    const collapsed = collapseRelations([
      edge('container', 'kernel', 'related-to'),
      edge('container', 'kernel', 'requires'),
      edge('kernel', 'container', 'related-to'),
      edge('docker', 'kernel', 'related-to'),
    ]);
    expect(collapsed).toEqual([
      { id: 'container-related-to-kernel', source: 'container', target: 'kernel', types: ['requires'] },
      { id: 'docker-related-to-kernel', source: 'docker', target: 'kernel', types: ['related-to'] },
    ]);
  });
});

describe('layoutMiniGraph with a concept unrelated to the rest', () => {
  it('keeps the related concepts apart instead of squeezing them into a corner', () => {
    const ids = ['namespaces', 'cgroups', 'container', 'kernel', 'resources'];
    const links = [
      { source: 'cgroups', target: 'container' },
      { source: 'cgroups', target: 'resources' },
      { source: 'kernel', target: 'cgroups' },
      { source: 'container', target: 'resources' },
      { source: 'container', target: 'kernel' },
    ];
    const points = layoutMiniGraph(ids, links);
    const related = ['cgroups', 'container', 'kernel', 'resources'].map(
      (id) => points.get(id) ?? { x: 0, y: 0 },
    );
    let closest = Number.POSITIVE_INFINITY;
    for (let i = 0; i < related.length; i++) {
      for (let j = i + 1; j < related.length; j++) {
        const p = related[i];
        const q = related[j];
        if (p && q) closest = Math.min(closest, Math.hypot(p.x - q.x, p.y - q.y));
      }
    }
    expect(closest).toBeGreaterThan(0.15);
  });
});
