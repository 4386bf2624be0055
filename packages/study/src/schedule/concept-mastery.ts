import type { Deck } from '../cards/build-deck';
import type { QueueCardState } from './build-due-queue';
import { retrievability } from './schedule-review';

/** One concept's progress. */
export interface ConceptMastery {
  conceptId: string;
  /** Mean recall probability of its cards now, 0–1; a card never reviewed counts 0. */
  mastery: number;
  cards: number;
  reviewed: number;
  due: number;
  lastReview: number | null;
}

/**
 * Mastery per concept: the mean retrievability (FSRS) of every card that involves the concept, with how many
 * of them were reviewed, are due and when it was last reviewed. Concepts without cards are left out; sorted
 * by concept id.
 *
 * @example
 * conceptMastery(deck, states, Date.now()).find((m) => m.conceptId === 'bridge')?.mastery; // 0.93
 */
export function conceptMastery(deck: Deck, states: QueueCardState[], now: number): ConceptMastery[] {
  const byId = new Map(states.map((s) => [s.cardId, s]));
  const result: ConceptMastery[] = [];
  for (const conceptId of [...deck.byConcept.keys()].sort()) {
    const cards = deck.byConcept.get(conceptId) ?? [];
    let sum = 0;
    let reviewed = 0;
    let due = 0;
    let lastReview: number | null = null;
    for (const card of cards) {
      const state = byId.get(card.id);
      sum += retrievability(state, now);
      if (state && state.reps > 0) reviewed += 1;
      if (state && state.due <= now) due += 1;
      if (state?.lastReview != null && (lastReview === null || state.lastReview > lastReview)) {
        lastReview = state.lastReview;
      }
    }
    result.push({
      conceptId,
      mastery: cards.length ? sum / cards.length : 0,
      cards: cards.length,
      reviewed,
      due,
      lastReview,
    });
  }
  return result;
}
