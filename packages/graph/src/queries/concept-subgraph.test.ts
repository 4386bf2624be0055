import { beforeAll, describe, expect, it } from 'vitest';
import { seedKnowledgeBase } from '../../test/corpus';
import type { KnowledgeBase } from '../types';
import { conceptSubgraph } from './concept-subgraph';

let kb: KnowledgeBase;
beforeAll(async () => {
  kb = await seedKnowledgeBase();
});

describe('conceptSubgraph', () => {
  it('keeps the given concepts and exactly the relations among them', () => {
    const sub = conceptSubgraph(kb.graph, ['bridge', 'dnat', 'iptables', 'not-a-concept']);
    expect(sub.nodes()).toEqual(['bridge', 'dnat', 'iptables']);
    expect(sub.edges()).toEqual(
      kb.graph.filterEdges(
        (_e, _a, source, target) =>
          ['bridge', 'dnat', 'iptables'].includes(source) && ['bridge', 'dnat', 'iptables'].includes(target),
      ),
    );
    expect(sub.edges()).toEqual(
      expect.arrayContaining(['bridge->requires->dnat', 'dnat->implemented-by->iptables']),
    );
    expect(sub.getEdgeAttributes('bridge->requires->dnat')).toEqual(
      kb.graph.getEdgeAttributes('bridge->requires->dnat'),
    );
  });

  it('exports in the graphology format the web app draws', () => {
    const exported = conceptSubgraph(kb.graph, ['docker0', 'veth-pair']).export();
    expect(exported.options).toMatchObject({ type: 'directed', multi: true });
    expect(exported.nodes.map((n) => n.key)).toEqual(['docker0', 'veth-pair']);
    expect(exported.edges.map((e) => e.key)).toEqual(['veth-pair->connects-to->docker0']);
  });
});
