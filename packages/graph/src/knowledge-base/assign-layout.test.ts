import { MultiDirectedGraph } from 'graphology';
import { describe, expect, it } from 'vitest';
import { seedCorpus, seedVocabulary } from '../../test/corpus';
import type { ConceptGraph } from '../types';
import { assignLayout } from './assign-layout';
import { buildKnowledgeBase } from './build-knowledge-base';

describe('assignLayout', () => {
  it('gives every concept finite coordinates, the same ones on every run', async () => {
    const corpus = await seedCorpus();
    const a = buildKnowledgeBase(corpus, seedVocabulary(), { layout: false }).graph;
    const b = buildKnowledgeBase(corpus, seedVocabulary(), { layout: false }).graph;
    assignLayout(a);
    assignLayout(b);
    const positions = (g: ConceptGraph) => g.mapNodes((id, n) => [id, n.x, n.y]);
    expect(positions(a)).toEqual(positions(b));
    for (const [id, x, y] of positions(a))
      expect(Number.isFinite(x) && Number.isFinite(y), String(id)).toBe(true);
    // Not all piled up on one point.
    expect(new Set(positions(a).map(([, x, y]) => `${x},${y}`)).size).toBe(a.order);
  });

  it('lays out graphs without edges and single nodes', () => {
    const g = new MultiDirectedGraph() as unknown as ConceptGraph;
    g.addNode('only', {} as never);
    assignLayout(g);
    expect(Number.isFinite(g.getNodeAttribute('only', 'x'))).toBe(true);
    const empty = new MultiDirectedGraph() as unknown as ConceptGraph;
    assignLayout(empty);
    expect(empty.order).toBe(0);
  });
});
