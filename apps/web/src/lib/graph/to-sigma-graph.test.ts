import { describe, expect, it } from 'vitest';
import { graphNode } from './graph-node-fixture';
import { toSigmaGraph } from './to-sigma-graph';

const node = (id: string, size: number) => graphNode(id, { size });

describe('toSigmaGraph', () => {
  it('spreads the sizes of 300,000 concepts over the pixel range without overflowing the stack', () => {
    const count = 300_000;
    const nodes = Array.from({ length: count }, (_, i) => node(`n${i}`, 1 + (i % 1000)));
    const graph = toSigmaGraph({ nodes, edges: [] });
    expect(graph.order).toBe(count);
    expect(graph.getNodeAttribute('n0', 'size')).toBe(4);
    expect(graph.getNodeAttribute('n999', 'size')).toBe(16);
  });
});
