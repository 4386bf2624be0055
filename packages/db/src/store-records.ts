/** FSRS scheduling state of a card for one learner (ts-fsrs's `Card` fields; times in ms since the epoch). */
export interface SchedulingState {
  due: number;
  stability: number;
  difficulty: number;
  elapsedDays: number;
  scheduledDays: number;
  learningSteps: number;
  reps: number;
  lapses: number;
  /** ts-fsrs `State`: 0 new, 1 learning, 2 review, 3 relearning. */
  state: number;
  lastReview: number | null;
}

/** What a card is, as far as the store needs to know: its id, concept, kind and content hash. */
export interface CardIdentity {
  cardId: string;
  conceptId: string;
  kind: string;
  contentHash: string;
}

/** A learner's state of one card. */
export interface CardStateRecord extends CardIdentity, SchedulingState {
  /** The card is no longer made from the notes; kept for its history. */
  retired: boolean;
  /** Its source passages changed since it was last reviewed. */
  changed: boolean;
  version: number;
}

/** One entry of the review log (Anki's revlog): the rating, the state before, the schedule after. */
export interface ReviewRecord {
  reviewId: string;
  cardId: string;
  /** 1 again, 2 hard, 3 good, 4 easy. */
  rating: number;
  /** State of the card before the review. */
  state: number;
  due: number;
  stability: number;
  difficulty: number;
  elapsedDays: number;
  lastElapsedDays: number;
  scheduledDays: number;
  learningSteps: number;
  reviewedAt: number;
  cardVersion: number;
}

/** A learner as the store knows one: no token, only its hash is stored. */
export interface LearnerRecord {
  id: string;
  createdAt: number;
  deckFingerprint: string | null;
}

/** A question the learner asked that the notes did not (fully) answer. */
export interface AskedGapRecord {
  question: string;
  kind: 'declined' | 'partial';
  missing: string[];
  times: number;
  firstAsked: number;
  lastAsked: number;
}

/** What to change in a learner's card states after the notes changed (see `@notetutor/study`). */
export interface CardReconciliation {
  /** Cards no longer made from the notes. */
  retire: string[];
  /** Retired cards the notes make again. */
  revive: string[];
  /** Cards whose source passages changed: new hash, due again now, history kept. */
  changed: Array<{ cardId: string; contentHash: string }>;
}

/** Result of recording a review. */
export type RecordReviewResult =
  | { status: 'applied'; card: CardStateRecord; review: ReviewRecord }
  /** The same `reviewId` was recorded before: nothing changed; the stored review is returned. */
  | { status: 'replayed'; card: CardStateRecord | undefined; review: ReviewRecord }
  /** Someone else changed the card since it was read (another tab): nothing changed. */
  | { status: 'conflict'; card: CardStateRecord | undefined };

/** A learner's whole state, as exported and imported. */
export interface LearnerStateDump {
  cards: CardStateRecord[];
  reviews: ReviewRecord[];
}
