import type { Deck } from './build-deck';

/** What a learner's stored card states need after the deck changed. */
export interface Reconciliation {
  /** Reviewed cards the notes no longer make: retired, history kept. */
  retire: string[];
  /** Retired cards the notes make again. */
  revive: string[];
  /** Cards whose source passages changed: same id (same concept, kind and question), new content. */
  changed: Array<{ cardId: string; contentHash: string }>;
}

/**
 * Compares a learner's stored card states with the current deck. A card keeps its id while its concept,
 * kind and question stay, so a reworded passage is `changed` (its schedule and history kept, due again),
 * a vanished card is retired, and unchanged cards are left alone.
 *
 * @example
 * planReconciliation(states, buildDeck(kb)); // { retire: ['relation-…'], revive: [], changed: [] }
 */
export function planReconciliation(
  states: Array<{ cardId: string; contentHash: string; retired: boolean }>,
  deck: Pick<Deck, 'byId'>,
): Reconciliation {
  const plan: Reconciliation = { retire: [], revive: [], changed: [] };
  for (const state of states) {
    const card = deck.byId.get(state.cardId);
    if (!card) {
      if (!state.retired) plan.retire.push(state.cardId);
      continue;
    }
    if (state.retired) plan.revive.push(state.cardId);
    if (card.contentHash !== state.contentHash)
      plan.changed.push({ cardId: card.id, contentHash: card.contentHash });
  }
  return plan;
}

/** Whether a plan changes nothing. */
export function isEmptyReconciliation(plan: Reconciliation): boolean {
  return plan.retire.length === 0 && plan.revive.length === 0 && plan.changed.length === 0;
}
