import { beforeAll, describe, expect, it } from 'vitest';
import { seedKnowledgeBase } from '../../test/corpus';
import type { KnowledgeBase } from '../types';
import { conceptNeighbourhood } from './concept-neighbourhood';

let kb: KnowledgeBase;
beforeAll(async () => {
  kb = await seedKnowledgeBase();
});

describe('conceptNeighbourhood', () => {
  it('holds the concept, what relates to it either way, and the relations among them', () => {
    const around = conceptNeighbourhood(kb.graph, 'cgroups', 1);
    expect(around.nodes()).toEqual(expect.arrayContaining(['cgroups', 'cpu', 'memory', 'kernel']));
    expect(around.hasEdge('kernel->provides->cgroups')).toBe(true);
    around.forEachNode((id) => {
      if (id !== 'cgroups') expect(kb.graph.neighbors('cgroups')).toContain(id);
    });
    around.forEachEdge((_e, _a, source, target) => {
      expect(around.hasNode(source) && around.hasNode(target)).toBe(true);
    });
  });

  it('grows with depth and is just the concept at depth 0', () => {
    expect(conceptNeighbourhood(kb.graph, 'runc', 0).nodes()).toEqual(['runc']);
    const one = conceptNeighbourhood(kb.graph, 'runc', 1).order;
    const two = conceptNeighbourhood(kb.graph, 'runc', 2).order;
    expect(one).toBeGreaterThan(1);
    expect(two).toBeGreaterThan(one);
  });

  it('copies attributes, leaving the knowledge base untouched', () => {
    const around = conceptNeighbourhood(kb.graph, 'docker0', 1);
    around.setNodeAttribute('docker0', 'label', 'changed');
    expect(kb.graph.getNodeAttribute('docker0', 'label')).toBe('docker0');
  });

  it('names the unknown concept it was asked about', () => {
    expect(() => conceptNeighbourhood(kb.graph, 'no-such-thing')).toThrow(
      '@notetutor/graph/concept-neighbourhood: no concept "no-such-thing"',
    );
  });
});
