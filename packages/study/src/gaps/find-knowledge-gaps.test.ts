import type { KnowledgeBase } from '@notetutor/graph';
import { beforeAll, describe, expect, it } from 'vitest';
import { knowledgeBaseFrom, seedKnowledgeBase } from '../../test/knowledge-base-from';
import { buildDeck, type Deck } from '../cards/build-deck';
import { isJunkConcept } from '../quiz/is-junk-concept';
import { findKnowledgeGaps } from './find-knowledge-gaps';

const NOTES = {
  'net.md': [
    '# Networking',
    '',
    '**Bridge mode** is the default network mode of Docker. Bridge mode uses NAT.',
    '',
    'The veth pair and the iptables rules appear together with bridge mode here.',
    '',
  ].join('\n'),
};

describe('findKnowledgeGaps on small notes', () => {
  const kb = knowledgeBaseFrom(NOTES);
  const gaps = findKnowledgeGaps(kb, buildDeck(kb));

  it('lists a concept the notes mention but never define, with the passage that mentions it', () => {
    const veth = gaps.undefined.find((g) => g.concept.id === 'veth-pair');
    expect(veth?.passages).toEqual([
      expect.objectContaining({
        quote: 'The veth pair and the iptables rules appear together with bridge mode here.',
        source: expect.objectContaining({ file: 'net.md', line: 5 }),
      }),
    ]);
    // Bridge mode is defined ("… is the default network mode"): not a gap.
    expect(gaps.undefined.map((g) => g.concept.id)).not.toContain('bridge-mode');
  });

  it('lists two concepts that only occur together, with the sentence they share', () => {
    const pair = gaps.cooccurrenceOnly.find((g) => g.from.id === 'bridge-mode' && g.to.id === 'veth-pair');
    expect(pair?.passages.map((p) => `${p.source.file}:${p.source.line}`)).toEqual(['net.md:5']);
  });

  it('caps each list and keeps the full counts', () => {
    const capped = findKnowledgeGaps(kb, buildDeck(kb), { limit: 1 });
    expect(capped.undefined).toHaveLength(1);
    expect(capped.totals).toEqual(gaps.totals);
    expect(capped.totals.undefined).toBeGreaterThan(1);
  });
});

describe('findKnowledgeGaps on the seed notes', () => {
  let kb: KnowledgeBase;
  let deck: Deck;
  beforeAll(async () => {
    kb = await seedKnowledgeBase();
    deck = buildDeck(kb);
  });
  const originals = (ids: string[]) => new Set(ids.map((id) => kb.originalOf.get(id) ?? id));

  it('finds every kind of gap, each one true of the graph, never about a junk concept', () => {
    const gaps = findKnowledgeGaps(kb, deck, { limit: 1_000 });
    expect(gaps.undefined.length).toBeGreaterThan(0);
    expect(gaps.singlePassage.length).toBeGreaterThan(0);
    expect(gaps.cooccurrenceOnly.length).toBeGreaterThan(0);
    for (const { concept } of gaps.undefined) {
      expect(deck.byConcept.get(concept.id)?.some((c) => c.kind === 'definition') ?? false).toBe(false);
      expect(isJunkConcept(kb, concept.id)).toBe(false);
    }
    for (const { concept, passages } of gaps.singlePassage) {
      expect(originals(kb.graph.getNodeAttribute(concept.id, 'evidence')).size).toBe(1);
      expect(passages).toHaveLength(1);
    }
    for (const { from, to, passages } of gaps.cooccurrenceOnly) {
      const types = [...kb.graph.edges(from.id, to.id), ...kb.graph.edges(to.id, from.id)].map((e) =>
        kb.graph.getEdgeAttribute(e, 'type'),
      );
      expect(new Set(types)).toEqual(new Set(['related-to']));
      expect(passages.length).toBeGreaterThan(0);
      for (const p of passages) expect(kb.passages.get(p.id)?.lineStart).toBe(p.source.line);
    }
    const concepts = [...gaps.undefined, ...gaps.singlePassage].map((g) => g.concept.id);
    expect(new Set(concepts).size).toBe(concepts.length);
  });

  it('gives the same lists, in the same order, every time', () => {
    const first = JSON.stringify(findKnowledgeGaps(kb, deck, { limit: 10 }));
    expect(JSON.stringify(findKnowledgeGaps(kb, buildDeck(kb), { limit: 10 }))).toBe(first);
  });

  it('labels concepts in the language asked for', () => {
    const zh = findKnowledgeGaps(kb, deck, { lang: 'zh', limit: 5 });
    expect(zh.undefined.every((g) => /\p{Script=Han}/u.test(g.concept.label))).toBe(true);
  });
});
