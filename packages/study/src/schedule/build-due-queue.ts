import type { Deck } from '../cards/build-deck';
import type { DeckCard } from '../cards/deck-card';
import type { SchedulingState } from './scheduling-state';

/** A learner's stored state of a card, as far as the queue needs it. */
export interface QueueCardState extends SchedulingState {
  cardId: string;
  retired: boolean;
}

/** Options of {@link buildDueQueue}. */
export interface DueQueueOptions {
  /** New cards a learner is shown per day. */
  newPerDay: number;
  /** New cards the learner started in the last 24 hours. */
  newSeenToday: number;
}

/** The learner's queue now: cards due (oldest first), then today's new cards in deck order. */
export interface DueQueue {
  due: Array<{ card: DeckCard; state: QueueCardState | undefined }>;
  /** Cards due before this time tomorrow (reviews and today's new cards). */
  dueToday: number;
  /** The next due time after those due now, or null. */
  nextDue: number | null;
}

const DAY_MS = 86_400_000;

/**
 * Today's due queue for one learner: every reviewed card of the deck due by `now` (not retired), oldest due
 * first, then new cards in deck order up to what is left of the day's allowance.
 *
 * @example
 * buildDueQueue(deck, states, Date.now(), { newPerDay: 20, newSeenToday: 3 }).due.length;
 */
export function buildDueQueue(
  deck: Deck,
  states: QueueCardState[],
  now: number,
  options: DueQueueOptions,
): DueQueue {
  const byId = new Map(states.map((s) => [s.cardId, s]));
  const reviews: Array<{ card: DeckCard; state: QueueCardState }> = [];
  let later = 0;
  let nextDue: number | null = null;
  for (const state of states) {
    const card = deck.byId.get(state.cardId);
    if (!card || state.retired) continue;
    if (state.due <= now) reviews.push({ card, state });
    else {
      if (state.due <= now + DAY_MS) later += 1;
      if (nextDue === null || state.due < nextDue) nextDue = state.due;
    }
  }
  reviews.sort((a, b) => a.state.due - b.state.due || (a.card.id < b.card.id ? -1 : 1));
  const allowance = Math.max(0, options.newPerDay - options.newSeenToday);
  const fresh: Array<{ card: DeckCard; state: undefined }> = [];
  for (const card of deck.cards) {
    if (fresh.length >= allowance) break;
    if (!byId.has(card.id)) fresh.push({ card, state: undefined });
  }
  const due = [...reviews, ...fresh];
  return { due, dueToday: due.length + later, nextDue };
}
