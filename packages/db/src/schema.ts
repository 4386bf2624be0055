import type { Generated } from 'kysely';

/**
 * The learner-state tables as Kysely sees them. Times are milliseconds since the epoch (`bigint` columns,
 * read back as numbers); flags are 0/1 integers, so SQLite and PostgreSQL store the same values.
 */
export interface StudyTables {
  learners: LearnersTable;
  card_states: CardStatesTable;
  reviews: ReviewsTable;
  asked_gaps: AskedGapsTable;
}

export interface LearnersTable {
  id: string;
  /** SHA-256 (hex) of the learner's token; the token itself is never stored. */
  token_hash: string;
  created_at: number;
  /** Fingerprint of the deck this learner's card states were last reconciled with. */
  deck_fingerprint: string | null;
  /** 1 (the default) when the learner's declined and partly answered questions are kept. */
  record_gaps: Generated<number>;
}

/** One learner's scheduling state of one card (FSRS fields as ts-fsrs names them). */
export interface CardStatesTable {
  learner_id: string;
  card_id: string;
  concept_id: string;
  kind: string;
  content_hash: string;
  /** 1 when the card no longer exists in the notes; its history is kept. */
  retired: number;
  /** 1 when the card's source passages changed since it was last reviewed. */
  changed: number;
  due: number;
  stability: number;
  difficulty: number;
  elapsed_days: number;
  scheduled_days: number;
  learning_steps: number;
  reps: number;
  lapses: number;
  state: number;
  last_review: number | null;
  /** Raised by every write: a writer that read an older version loses (optimistic concurrency). */
  version: number;
}

/** The review log, kept forever (Anki's revlog): enough to rebuild every card's state. */
export interface ReviewsTable {
  seq: Generated<number>;
  learner_id: string;
  /** The client's id of the review: a retried review is applied once. */
  review_id: string;
  card_id: string;
  rating: number;
  /** State of the card before the review. */
  state: number;
  /** Due time after the review. */
  due: number;
  stability: number;
  difficulty: number;
  elapsed_days: number;
  last_elapsed_days: number;
  scheduled_days: number;
  learning_steps: number;
  reviewed_at: number;
  /** The card's version after the review. */
  card_version: number;
}

/** A question the learner asked that the tutor declined or answered only partly (one row per question). */
export interface AskedGapsTable {
  learner_id: string;
  /** SHA-256 (hex) of the question, case- and space-folded: asking it again counts, never adds a row. */
  question_key: string;
  /** The question as last asked. */
  question: string;
  /** `declined` or `partial`, as last answered. */
  kind: string;
  /** JSON array: the words of the question the notes say nothing about. */
  missing: string;
  times: number;
  first_asked: number;
  last_asked: number;
}
