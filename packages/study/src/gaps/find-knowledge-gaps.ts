import type { ConceptGap, ConceptRef, RelationGap } from '@notetutor/contracts';
import type { KnowledgeBase } from '@notetutor/graph';
import type { Lang, Passage } from '@notetutor/notes';
import type { Deck } from '../cards/build-deck';
import { conceptName } from '../cards/concept-names';
import { isJunkConcept } from '../quiz/is-junk-concept';
import { quizCitation } from '../quiz/quiz-citation';

/** Options of {@link findKnowledgeGaps}. */
export interface KnowledgeGapOptions {
  /** Longest list of each kind. Default 30. */
  limit?: number;
  /** Passages quoted per gap. Default 3. */
  passagesPerGap?: number;
  /** Language of the concept labels; both (the graph's label) when unset. */
  lang?: Lang;
}

/** What the notes are missing, found in the graph alone. */
export interface KnowledgeGaps {
  /** Concepts the notes mention but no sentence of theirs defines (no definition card); most mentioned first. */
  undefined: ConceptGap[];
  /** Concepts (with a definition) that only one passage speaks of; most central first. */
  singlePassage: ConceptGap[];
  /** Pairs of concepts related only by occurring together; strongest first. */
  cooccurrenceOnly: RelationGap[];
  /** Sizes of the lists before the cap. */
  totals: { undefined: number; singlePassage: number; cooccurrenceOnly: number };
}

const MAX_QUOTE_CHARS = 280;

const byId = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * What the notes are missing, so a learner knows what to write next: concepts mentioned but never defined
 * (no sentence of the notes defines them, so the deck has no definition card for them),
 * concepts with a single passage, and relations known only by co-occurrence (`related-to`, with no typed
 * relation between the two concepts either way). Each comes with the passages involved (file, line, text).
 * Junk concepts (everyday words, badly cut names) are left out; lists are capped and sorted
 * deterministically (ties by id). Pure: reads the knowledge base, writes nothing.
 *
 * @example
 * const gaps = findKnowledgeGaps(kb, buildDeck(kb), { limit: 10 });
 * gaps.undefined[0]; // { concept: { id, label }, mentions: 4, passages: [{ id, quote, source: { file, line } }] }
 */
export function findKnowledgeGaps(
  kb: KnowledgeBase,
  deck: Deck,
  options: KnowledgeGapOptions = {},
): KnowledgeGaps {
  const limit = Math.max(0, options.limit ?? 30);
  const perGap = Math.max(1, options.passagesPerGap ?? 3);
  const { graph } = kb;
  const ref = (id: string): ConceptRef => ({
    id,
    label: options.lang ? conceptName(kb, id, options.lang) : graph.getNodeAttribute(id, 'label'),
  });
  /** The original passages among ids (a translation says the same thing again), in reading order. */
  const originals = (ids: readonly string[]): Passage[] => {
    const seen = new Set<string>();
    const out: Passage[] = [];
    for (const id of ids) {
      const original = kb.originalOf.get(id) ?? id;
      if (seen.has(original)) continue;
      seen.add(original);
      const passage = kb.passages.get(original);
      if (passage) out.push(passage);
    }
    return out;
  };
  const cite = (passages: Passage[]) =>
    passages
      .slice(0, perGap)
      .map((p) =>
        quizCitation(
          kb,
          p,
          p.text.length > MAX_QUOTE_CHARS ? `${p.text.slice(0, MAX_QUOTE_CHARS)}…` : p.text,
        ),
      );

  const undefinedGaps: Array<{ id: string; mentions: number; passages: Passage[] }> = [];
  const single: Array<{ id: string; centrality: number; passages: Passage[] }> = [];
  const usable = new Map<string, boolean>();
  const isUsable = (id: string) => {
    let ok = usable.get(id);
    if (ok === undefined) {
      ok = !isJunkConcept(kb, id);
      usable.set(id, ok);
    }
    return ok;
  };
  graph.forEachNode((id, node) => {
    const passages = originals(node.evidence);
    if (passages.length === 0 || !isUsable(id)) return;
    const defined = deck.byConcept.get(id)?.some((card) => card.kind === 'definition') ?? false;
    if (!defined) undefinedGaps.push({ id, mentions: node.mentions, passages });
    else if (passages.length === 1) single.push({ id, centrality: node.centrality, passages });
  });
  undefinedGaps.sort((a, b) => b.mentions - a.mentions || byId(a.id, b.id));
  single.sort((a, b) => b.centrality - a.centrality || byId(a.id, b.id));

  // Unordered pairs: co-occurring pairs, and pairs some typed relation joins (either direction).
  const typed = new Set<string>();
  const cooccurring = new Map<string, { from: string; to: string; weight: number; evidence: string[] }>();
  graph.forEachEdge((_edge, attributes, source, target) => {
    if (source === target) return;
    const key = source < target ? `${source}\u0000${target}` : `${target}\u0000${source}`;
    if (attributes.type !== 'related-to') {
      typed.add(key);
      return;
    }
    const [from, to] = source < target ? [source, target] : [target, source];
    const known = cooccurring.get(key);
    if (known) {
      known.weight += attributes.weight;
      known.evidence.push(...attributes.evidence.slice(0, perGap));
    } else {
      cooccurring.set(key, { from, to, weight: attributes.weight, evidence: [...attributes.evidence] });
    }
  });
  const pairs = [...cooccurring.entries()]
    .filter(([key, pair]) => !typed.has(key) && isUsable(pair.from) && isUsable(pair.to))
    .map(([, pair]) => pair)
    .sort((a, b) => b.weight - a.weight || byId(a.from, b.from) || byId(a.to, b.to));

  return {
    undefined: undefinedGaps.slice(0, limit).map((g) => ({
      concept: ref(g.id),
      mentions: g.mentions,
      passages: cite(g.passages),
    })),
    singlePassage: single.slice(0, limit).map((g) => ({
      concept: ref(g.id),
      mentions: graph.getNodeAttribute(g.id, 'mentions'),
      passages: cite(g.passages),
    })),
    cooccurrenceOnly: pairs.slice(0, limit).map((p) => ({
      from: ref(p.from),
      to: ref(p.to),
      passages: cite(originals(p.evidence)),
    })),
    totals: { undefined: undefinedGaps.length, singlePassage: single.length, cooccurrenceOnly: pairs.length },
  };
}
