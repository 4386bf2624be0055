/**
 * A learner's FSRS state of one card (ts-fsrs's `Card`, times in ms since the epoch). The same shape as
 * `@notetutor/db`'s, so the store's records go straight in.
 */
export interface SchedulingState {
  due: number;
  stability: number;
  difficulty: number;
  elapsedDays: number;
  scheduledDays: number;
  learningSteps: number;
  reps: number;
  lapses: number;
  /** 0 new, 1 learning, 2 review, 3 relearning. */
  state: number;
  lastReview: number | null;
}

/** One review log entry's figures (Anki's revlog): rating, the state before, the schedule after. */
export interface ReviewLogFigures {
  rating: number;
  state: number;
  due: number;
  stability: number;
  difficulty: number;
  elapsedDays: number;
  lastElapsedDays: number;
  scheduledDays: number;
  learningSteps: number;
}
