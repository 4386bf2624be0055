import { type Card, createEmptyCard, fsrs, type Grade, State } from 'ts-fsrs';
import type { ReviewLogFigures, SchedulingState } from './scheduling-state';

/** The scheduler: FSRS with ts-fsrs's default weights, no fuzz (the same review always gives the same date). */
const scheduler = fsrs({ enable_fuzz: false, enable_short_term: true });

/** A ts-fsrs card from a stored state; a card never reviewed is new and due at `now`. */
export function toFsrsCard(state: SchedulingState | undefined, now: number): Card {
  if (!state) return createEmptyCard(new Date(now));
  return {
    due: new Date(state.due),
    stability: state.stability,
    difficulty: state.difficulty,
    elapsed_days: state.elapsedDays,
    scheduled_days: state.scheduledDays,
    learning_steps: state.learningSteps,
    reps: state.reps,
    lapses: state.lapses,
    state: state.state as State,
    ...(state.lastReview === null ? {} : { last_review: new Date(state.lastReview) }),
  };
}

/**
 * The next state of a card after a rating (1 again, 2 hard, 3 good, 4 easy) at `now`, and the review log
 * entry. A pure function of its inputs: replaying a card's log rebuilds its state.
 *
 * @example
 * const { next } = scheduleReview(undefined, 3, Date.parse('2026-12-01T10:00:00Z'));
 * new Date(next.due).toISOString(); // '2026-12-01T10:10:00.000Z' (a new card rated good: ten minutes)
 */
export function scheduleReview(
  previous: SchedulingState | undefined,
  rating: 1 | 2 | 3 | 4,
  now: number,
): { next: SchedulingState; log: ReviewLogFigures } {
  const { card, log } = scheduler.next(toFsrsCard(previous, now), new Date(now), rating as Grade);
  return {
    next: {
      due: card.due.getTime(),
      stability: card.stability,
      difficulty: card.difficulty,
      elapsedDays: card.elapsed_days,
      scheduledDays: card.scheduled_days,
      learningSteps: card.learning_steps,
      reps: card.reps,
      lapses: card.lapses,
      state: card.state,
      lastReview: card.last_review ? card.last_review.getTime() : now,
    },
    log: {
      rating: log.rating,
      state: log.state,
      due: log.due.getTime(),
      stability: log.stability,
      difficulty: log.difficulty,
      elapsedDays: log.elapsed_days,
      lastElapsedDays: log.last_elapsed_days,
      scheduledDays: log.scheduled_days,
      learningSteps: log.learning_steps,
    },
  };
}

/** Probability (0–1) that the learner recalls the card at `now`; 0 for a card never reviewed. */
export function retrievability(state: SchedulingState | undefined, now: number): number {
  if (!state || state.state === State.New || state.reps === 0) return 0;
  const value = scheduler.get_retrievability(toFsrsCard(state, now), new Date(now), false);
  return Number.isFinite(value) ? Math.min(1, Math.max(0, value)) : 0;
}

/** ts-fsrs's state names, for the wire. */
export const STATE_NAMES = ['new', 'learning', 'review', 'relearning'] as const;
