import { MultiDirectedGraph } from 'graphology';
import { beforeAll, describe, expect, it } from 'vitest';
import { seedKnowledgeBase } from '../../test/corpus';
import type { KnowledgeBase } from '../types';
import { personalizedPageRank } from './personalized-page-rank';

let kb: KnowledgeBase;
beforeAll(async () => {
  kb = await seedKnowledgeBase();
});

describe('personalizedPageRank', () => {
  it('ranks what surrounds the seeds first', () => {
    const scores = personalizedPageRank(kb.graph, ['cgroups']);
    const top = [...scores.keys()].slice(0, 6);
    expect(top[0]).toBe('cgroups');
    expect(top).toEqual(expect.arrayContaining(['cpu', 'memory']));
    expect(scores.get('cpu') as number).toBeGreaterThan(scores.get('overlay2') as number);
  });

  it('sums to one, is sorted, and gives the same numbers every time', () => {
    const a = personalizedPageRank(kb.graph, { bridge: 2, docker0: 1 });
    const b = personalizedPageRank(kb.graph, { bridge: 2, docker0: 1 });
    expect([...a]).toEqual([...b]);
    const values = [...a.values()];
    expect(values.reduce((s, v) => s + v, 0)).toBeCloseTo(1, 9);
    for (let i = 1; i < values.length; i++)
      expect(values[i - 1] as number).toBeGreaterThanOrEqual(values[i] as number);
  });

  it('is plain PageRank without seeds and empty when no seed is in the graph', () => {
    expect(personalizedPageRank(kb.graph).size).toBe(kb.graph.order);
    expect(personalizedPageRank(kb.graph, ['nope']).size).toBe(0);
  });

  it('reads edges both ways and keeps the mass of isolated nodes', () => {
    const g = new MultiDirectedGraph();
    for (const n of ['a', 'b', 'c', 'lonely']) g.addNode(n);
    g.addEdge('a', 'b', { weight: 1 });
    g.addEdge('c', 'b', { weight: 1 });
    const scores = personalizedPageRank(g, ['a']);
    expect(scores.get('c') as number).toBeGreaterThan(0);
    expect(scores.get('lonely')).toBe(0);
    expect([...scores.values()].reduce((s, v) => s + v, 0)).toBeCloseTo(1, 9);
  });
});
