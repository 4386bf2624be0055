import { beforeAll, describe, expect, it } from 'vitest';
import { seedKnowledgeBase } from '../../test/corpus';
import type { KnowledgeBase } from '../types';
import { reviewGraph } from './review-graph';

let kb: KnowledgeBase;
beforeAll(async () => {
  kb = await seedKnowledgeBase();
});

describe('reviewGraph', () => {
  it('counts concepts and links and gives the shares a reviewer reads', () => {
    const review = reviewGraph(kb);
    expect(review.concepts).toBe(kb.graph.order);
    expect(review.links).toBe(kb.graph.size);
    const typed = kb.graph.filterEdges((_e, a) => a.type !== 'related-to').length;
    expect(review.typed).toBe(typed);
    expect(review.typedShare).toBeCloseTo(typed / kb.graph.size, 2);
    expect(review.central).toHaveLength(20);
  });

  it('samples the same concepts and relations for the same seed, others for another', () => {
    const a = reviewGraph(kb, { seed: 3 });
    const b = reviewGraph(kb, { seed: 3 });
    const c = reviewGraph(kb, { seed: 4 });
    expect(a.conceptSample.map((x) => x.id)).toEqual(b.conceptSample.map((x) => x.id));
    expect(a.conceptSample.map((x) => x.id)).not.toEqual(c.conceptSample.map((x) => x.id));
    expect(a.conceptSample).toHaveLength(40);
    expect(new Set(a.conceptSample.map((x) => x.id)).size).toBe(40);
    expect(a.relationSample).toHaveLength(30);
  });

  it('shows each sampled typed relation with a sentence of its evidence naming both ends', () => {
    const review = reviewGraph(kb, { seed: 1 });
    for (const relation of review.relationSample) {
      expect(relation.type).not.toBe('related-to');
      const named = new Set(kb.lookup.find(relation.sentence).map((m) => m.id));
      expect(named.has(relation.source) || named.has(relation.target), relation.key).toBe(true);
      expect(relation.sentence.length).toBeLessThanOrEqual(240);
    }
  });

  it('shows a relation the layout states with the heading that names its other end', () => {
    const review = reviewGraph(kb, { relations: 1000 });
    const layout = review.relationSample.find((r) => r.key === 'bridge->part-of->network-mode');
    expect(layout?.passage).toMatch(/^docker-concepts\.zh#/);
    const [heading, bullet] = layout?.sentence.split(' › ') ?? [];
    expect(kb.lookup.find(heading ?? '', { lang: 'zh' }).map((m) => m.id)).toContain('network-mode');
    expect(bullet).toMatch(/^bridge：/);
  });

  it('reports an alias that names two concepts instead of picking one', () => {
    const review = reviewGraph(kb);
    const host = review.ambiguousAliases.find((a) => a.alias === 'host');
    expect(host?.concepts).toEqual(['host', 'host-mode']);
  });
});
