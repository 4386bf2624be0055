import type { KnowledgeBase } from '@notetutor/graph';
import { buildDeck, type Deck } from '@notetutor/study';

const decks = new WeakMap<KnowledgeBase, Deck>();

/**
 * The review deck of a knowledge base, built once per knowledge base and shared by the study, quiz and gap
 * services (a hot reload makes a new knowledge base, so a new deck; the old one goes with the old graph).
 *
 * @example deckOf(holder.current.kb).cards.length
 */
export function deckOf(kb: KnowledgeBase): Deck {
  let deck = decks.get(kb);
  if (!deck) {
    deck = buildDeck(kb);
    decks.set(kb, deck);
  }
  return deck;
}
