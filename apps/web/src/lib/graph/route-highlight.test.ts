import { describe, expect, it } from 'vitest';
import { graphNode } from './graph-node-fixture';
import type { GraphView } from './graph-view';
import { parseRouteParam, routeHighlight } from './route-highlight';

const node = (id: string) => graphNode(id);
const view: GraphView = {
  nodes: ['iptables', 'dnat', 'bridge', 'docker'].map(node),
  edges: [
    { id: 'e1', source: 'dnat', target: 'iptables', type: 'implemented-by', evidence: [], weight: 1 },
    { id: 'e2', source: 'dnat', target: 'iptables', type: 'related-to', evidence: [], weight: 1 },
    { id: 'e3', source: 'bridge', target: 'dnat', type: 'uses', evidence: [], weight: 1 },
    { id: 'e4', source: 'docker', target: 'bridge', type: 'uses', evidence: [], weight: 1 },
  ],
};

describe('routeHighlight', () => {
  it("lights the path's concepts and the typed relations among them, never a co-occurrence or a way out", () => {
    expect(routeHighlight(view, ['iptables', 'dnat', 'gone'])).toEqual({
      nodes: new Set(['iptables', 'dnat']),
      edges: new Set(['e1']),
    });
    expect(routeHighlight(view, ['gone'])).toBeNull();
  });

  it('reads ?path= leniently: trimmed, deduplicated, empty parts dropped, bounded', () => {
    expect(parseRouteParam(' iptables, dnat,,dnat ')).toEqual(['iptables', 'dnat']);
    expect(parseRouteParam(null)).toEqual([]);
    expect(parseRouteParam(Array.from({ length: 40 }, (_, i) => `c${i}`).join(','))).toHaveLength(30);
  });
});
