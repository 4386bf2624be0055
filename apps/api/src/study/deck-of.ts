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

/**
 * Makes `deck` (built elsewhere from the same notes, e.g. in the build worker) the deck of `kb`, so that
 * `deckOf(kb)` returns it instead of building one on the server's thread.
 *
 * @example adoptDeck(kb, message.deck); deckOf(kb) === message.deck
 */
export function adoptDeck(kb: KnowledgeBase, deck: Deck): void {
  decks.set(kb, deck);
}
