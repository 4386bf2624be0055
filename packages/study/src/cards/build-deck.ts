import type { KnowledgeBase } from '@notetutor/graph';
import { contentHash } from './card-id';
import type { DeckCard } from './deck-card';
import { makeContrastCards } from './make-contrast-cards';
import { makeDefinitionCards } from './make-definition-cards';
import { makeRelationCards } from './make-relation-cards';

/** Every card the notes make, in the order new cards are introduced, and indexes over them. */
export interface Deck {
  cards: DeckCard[];
  byId: Map<string, DeckCard>;
  /** Concept id → its cards (every card that involves the concept). */
  byConcept: Map<string, DeckCard[]>;
  /** SHA-256 over every card's id and content hash: equal fingerprints, equal decks. */
  fingerprint: string;
}

const KIND_ORDER = { definition: 0, cloze: 1, relation: 2, contrast: 3 } as const;

/**
 * Builds the review deck from a knowledge base: definition and cloze cards per concept, relation cards per
 * typed relation, contrast cards per `contrasts-with` pair. Deterministic: the same notes give the same cards,
 * ids and order (central concepts first, and per concept definition → cloze → relation → contrast).
 *
 * @example
 * const deck = buildDeck(kb);
 * deck.byConcept.get('bridge')?.map((c) => c.kind); // ['definition', 'cloze', 'relation', …]
 */
export function buildDeck(kb: KnowledgeBase): Deck {
  const concepts = kb.graph.nodes().sort((a, b) => {
    const ca = kb.graph.getNodeAttribute(a, 'centrality');
    const cb = kb.graph.getNodeAttribute(b, 'centrality');
    return cb - ca || (a < b ? -1 : a > b ? 1 : 0);
  });
  const rank = new Map(concepts.map((id, index) => [id, index]));
  const cards: DeckCard[] = [];
  // Loops, not `push(...cards)`: a spread passes every card as an argument and overflows the stack on big notes.
  for (const id of concepts) {
    for (const card of makeDefinitionCards(kb, id)) cards.push(card);
    for (const card of makeRelationCards(kb, id)) cards.push(card);
  }
  for (const card of makeContrastCards(kb)) cards.push(card);
  cards.sort(
    (x, y) =>
      (rank.get(x.conceptIds[0] ?? '') ?? 0) - (rank.get(y.conceptIds[0] ?? '') ?? 0) ||
      KIND_ORDER[x.kind] - KIND_ORDER[y.kind] ||
      (x.id < y.id ? -1 : x.id > y.id ? 1 : 0),
  );
  const byId = new Map<string, DeckCard>();
  const byConcept = new Map<string, DeckCard[]>();
  for (const card of cards) {
    byId.set(card.id, card);
    for (const concept of new Set(card.conceptIds)) {
      const list = byConcept.get(concept) ?? [];
      list.push(card);
      byConcept.set(concept, list);
    }
  }
  const fingerprint = contentHash(cards.map((card) => `${card.id}:${card.contentHash}`).sort());
  return { cards, byId, byConcept, fingerprint };
}
