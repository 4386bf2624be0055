import { describe, expect, it } from 'vitest';
import { parseGraphExport } from './parse-graph-export';

describe('parseGraphExport', () => {
  it('reads graphology export JSON into nodes and edges', () => {
    const view = parseGraphExport({
      options: { type: 'directed', multi: true },
      nodes: [
        {
          key: 'container',
          attributes: {
            label: '容器',
            labelZh: '容器',
            labelEn: 'Container',
            kind: 'concept',
            x: 1,
            y: 2,
            size: 9,
            mentions: 12,
            aliases: ['container'],
          },
        },
        {
          key: 'cgroups',
          attributes: { label: 'Cgroups', kind: 'kernel-feature', x: -1, y: 0, mentions: 3 },
        },
      ],
      edges: [
        {
          key: 'e1',
          source: 'cgroups',
          target: 'container',
          attributes: { type: 'limits', evidence: ['n#2.3'], weight: 1 },
        },
      ],
    });
    expect(view.nodes[0]).toMatchObject({
      id: 'container',
      labelEn: 'Container',
      x: 1,
      y: 2,
      size: 9,
      aliases: ['container'],
    });
    expect(view.nodes[1]).toMatchObject({ labelZh: 'Cgroups', labelEn: 'Cgroups' });
    expect(view.nodes[1]?.size).toBeGreaterThan(0);
    expect(view.edges).toEqual([
      { id: 'e1', source: 'cgroups', target: 'container', type: 'limits', evidence: ['n#2.3'], weight: 1 },
    ]);
  });

  it('gives every node a finite position and drops what sigma could not draw', () => {
    const view = parseGraphExport({
      nodes: [
        { key: 'a', attributes: { x: Number.NaN, y: 3 } },
        { key: 'b' },
        { key: 'a', attributes: {} },
        { attributes: { label: 'no key' } },
        'junk',
      ],
      edges: [
        { source: 'a', target: 'b' },
        { source: 'a', target: 'ghost' },
        { key: 'x', source: 'b', target: 'a' },
        { key: 'x', source: 'b', target: 'a' },
      ],
    });
    expect(view.nodes.map((n) => n.id)).toEqual(['a', 'b']);
    for (const node of view.nodes) {
      expect(Number.isFinite(node.x) && Number.isFinite(node.y) && node.size > 0).toBe(true);
    }
    expect(view.edges).toHaveLength(3);
    expect(new Set(view.edges.map((e) => e.id)).size).toBe(3);
  });

  it('returns an empty graph for anything that is not a graph', () => {
    expect(parseGraphExport(null)).toEqual({ nodes: [], edges: [] });
    expect(parseGraphExport({ nodes: 'x', edges: 5 })).toEqual({ nodes: [], edges: [] });
  });
});

describe('parseGraphExport on a graph of big notes', () => {
  it('sizes 300,000 concepts by their mentions without overflowing the stack', () => {
    const count = 300_000;
    const nodes = Array.from({ length: count }, (_, i) => ({
      key: `n${i}`,
      attributes: { label: `n${i}`, x: i, y: 0, mentions: i === 7 ? 400 : 100 },
    }));
    const view = parseGraphExport({ nodes, edges: [] });
    expect(view.nodes).toHaveLength(count);
    // The most mentioned concept is the largest; one mentioned a quarter as often gets half its growth.
    expect(view.nodes[7]?.size).toBe(14);
    expect(view.nodes[0]?.size).toBe(9);
  });
});
