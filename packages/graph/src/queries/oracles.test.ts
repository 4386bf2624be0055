import { UndirectedGraph } from 'graphology';
import pagerank from 'graphology-metrics/centrality/pagerank.js';
import { singleSource } from 'graphology-shortest-path/dijkstra.js';
import { beforeAll, describe, expect, it } from 'vitest';
import { seedKnowledgeBase } from '../../test/corpus';
import type { KnowledgeBase } from '../types';
import { personalizedPageRank } from './personalized-page-rank';
import { shortestConceptPath } from './shortest-concept-path';

// Our own graph algorithms checked against graphology's reference implementations on the seed graph.

/** What a learner pays to follow a relation: a co-occurrence counts as two typed relations. */
const COST = { typed: 1, relatedTo: 2 };

let kb: KnowledgeBase;
beforeAll(async () => {
  kb = await seedKnowledgeBase();
});

describe('personalizedPageRank against graphology-metrics', () => {
  it('without seeds is the PageRank of the undirected weighted view, to 5e-10', () => {
    const view = new UndirectedGraph<Record<string, never>, { weight: number }>();
    kb.graph.forEachNode((id) => view.addNode(id));
    kb.graph.forEachEdge((_edge, attributes, source, target) => {
      if (source === target) return;
      view.updateEdge(source, target, (edge) => ({ weight: (edge.weight ?? 0) + attributes.weight }));
    });
    const reference = pagerank(view, {
      alpha: 0.85,
      maxIterations: 1000,
      tolerance: 1e-14,
      getEdgeWeight: 'weight',
    });
    const ours = personalizedPageRank(kb.graph);
    expect(ours.size).toBe(kb.graph.order);
    for (const [id, score] of ours)
      expect(Math.abs(score - (reference[id] as number)), id).toBeLessThan(5e-10);
  });
});

describe('shortestConceptPath against graphology-shortest-path', () => {
  it('finds, for every pair of seed concepts, a route as cheap as Dijkstra does, and a route exactly when it does', () => {
    // Relations either way, only those a passage states, the cheapest of parallel relations.
    const view = new UndirectedGraph<Record<string, never>, { cost: number }>();
    kb.graph.forEachNode((id) => view.addNode(id));
    kb.graph.forEachEdge((_edge, attributes, source, target) => {
      if (source === target || attributes.evidence.length === 0) return;
      const cost = attributes.type === 'related-to' ? COST.relatedTo : COST.typed;
      view.updateEdge(source, target, (edge) => ({ cost: Math.min(edge.cost ?? cost, cost) }));
    });
    const costOfRoute = (nodes: readonly string[]) =>
      nodes
        .slice(1)
        .reduce((sum, node, i) => sum + view.getEdgeAttribute(nodes[i] as string, node, 'cost'), 0);
    const ids = kb.graph.nodes().sort();
    let connected = 0;
    let viaRelatedTo = 0;
    for (const from of ids) {
      const routes = singleSource(view, from, 'cost');
      for (const to of ids) {
        if (from === to) continue;
        const steps = shortestConceptPath(kb.graph, from, to);
        const reference = routes[to];
        if (reference === undefined) {
          expect(steps, `${from} → ${to}`).toBeNull();
          continue;
        }
        expect(steps, `${from} → ${to}`).not.toBeNull();
        const ours = (steps ?? []).reduce(
          (sum, step) => sum + (step.relation === 'related-to' ? COST.relatedTo : COST.typed),
          0,
        );
        expect(ours, `${from} → ${to}`).toBe(costOfRoute(reference));
        connected++;
        if (steps?.some((step) => step.relation === 'related-to')) viaRelatedTo++;
      }
    }
    // Not vacuous: most pairs are connected, and some cheapest routes cross a co-occurrence.
    expect(connected).toBeGreaterThan(ids.length * (ids.length - 1) * 0.5);
    expect(viaRelatedTo).toBeGreaterThan(0);
  });
});
