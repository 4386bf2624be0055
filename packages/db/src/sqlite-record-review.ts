import type Libsql from 'libsql';
import type { CardStatesTable, ReviewsTable } from './schema';
import type { CardStateRecord, RecordReviewResult, ReviewRecord } from './store-records';
import type { RecordReviewInput } from './study-store';

type Statement = Libsql.Statement<unknown[]>;

/**
 * Records reviews on SQLite through cached prepared statements (transaction control included: libsql's
 * `exec` costs several times a prepared `run`), a batch per synchronous `BEGIN IMMEDIATE` transaction.
 * Reviews are the one hot write path: through Kysely each statement costs ~60 µs of query building and
 * driver overhead here, through a cached statement ~8 µs; and the commit (the WAL write) costs more than the
 * statements, so reviews that arrive together share one. The SQL mirrors the Kysely queries of
 * `createStudyStore` (same columns, same version check); the caller holds Kysely's connection while this
 * runs, so no Kysely transaction can be open on it. A review id seen before fails that review alone with
 * SQLite's unique violation; the caller turns it into a replay.
 */
export function createSqliteReviewWriter(
  database: Libsql.Database,
  toCardState: (row: CardStatesTable) => CardStateRecord,
) {
  const cache = new Map<string, Statement>();
  const statement = (sql: string): Statement => {
    const cached = cache.get(sql);
    if (cached) return cached;
    const prepared = database.prepare<unknown[]>(sql);
    cache.set(sql, prepared);
    return prepared;
  };
  const SELECT_STATE = 'SELECT * FROM card_states WHERE learner_id = ? AND card_id = ?';
  const UPDATE_STATE =
    'UPDATE card_states SET due = ?, stability = ?, difficulty = ?, elapsed_days = ?, scheduled_days = ?, ' +
    'learning_steps = ?, reps = ?, lapses = ?, state = ?, last_review = ?, concept_id = ?, kind = ?, ' +
    'content_hash = ?, retired = 0, changed = 0, version = ? WHERE learner_id = ? AND card_id = ? AND version = ?';
  const INSERT_STATE =
    'INSERT INTO card_states (due, stability, difficulty, elapsed_days, scheduled_days, learning_steps, reps, ' +
    'lapses, state, last_review, concept_id, kind, content_hash, retired, changed, version, learner_id, card_id) ' +
    'VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, 0, ?, ?, ?) ON CONFLICT (learner_id, card_id) DO NOTHING';
  const INSERT_REVIEW =
    'INSERT INTO reviews (learner_id, review_id, card_id, rating, state, due, stability, difficulty, elapsed_days, ' +
    'last_elapsed_days, scheduled_days, learning_steps, reviewed_at, card_version) ' +
    'VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)';

  const readState = (learnerId: string, cardId: string) => {
    const row = statement(SELECT_STATE).get([learnerId, cardId]) as CardStatesTable | undefined;
    return row ? toCardState(row) : undefined;
  };

  const run = (sql: string) => statement(sql).run([]);

  /** One review inside the open transaction; its own writes are undone (savepoint) unless it applies. */
  function applyReview(input: RecordReviewInput): RecordReviewResult {
    const { learnerId, reviewId, card } = input;
    run('SAVEPOINT review');
    try {
      const previous = readState(learnerId, card.cardId);
      const seenVersion = previous?.version ?? 0;
      if (input.expectedVersion !== undefined && input.expectedVersion !== seenVersion) {
        run('RELEASE review');
        return { status: 'conflict', card: previous };
      }
      const { next, log } = input.schedule(previous);
      const version = seenVersion + 1;
      const values = [
        next.due,
        next.stability,
        next.difficulty,
        next.elapsedDays,
        next.scheduledDays,
        next.learningSteps,
        next.reps,
        next.lapses,
        next.state,
        next.lastReview,
        card.conceptId,
        card.kind,
        card.contentHash,
        version,
      ];
      const written = previous
        ? statement(UPDATE_STATE).run([...values, learnerId, card.cardId, seenVersion]).changes
        : statement(INSERT_STATE).run([...values, learnerId, card.cardId]).changes;
      if (Number(written) !== 1) {
        const current = readState(learnerId, card.cardId);
        run('ROLLBACK TO review');
        run('RELEASE review');
        return { status: 'conflict', card: current };
      }
      const review: ReviewRecord = {
        ...log,
        reviewId,
        cardId: card.cardId,
        reviewedAt: input.now,
        cardVersion: version,
      };
      const columns: Omit<ReviewsTable, 'seq'> = {
        learner_id: learnerId,
        review_id: review.reviewId,
        card_id: review.cardId,
        rating: review.rating,
        state: review.state,
        due: review.due,
        stability: review.stability,
        difficulty: review.difficulty,
        elapsed_days: review.elapsedDays,
        last_elapsed_days: review.lastElapsedDays,
        scheduled_days: review.scheduledDays,
        learning_steps: review.learningSteps,
        reviewed_at: review.reviewedAt,
        card_version: review.cardVersion,
      };
      statement(INSERT_REVIEW).run(Object.values(columns));
      run('RELEASE review');
      return {
        status: 'applied',
        card: { ...next, ...card, retired: false, changed: false, version },
        review,
      };
    } catch (error) {
      run('ROLLBACK TO review');
      run('RELEASE review');
      throw error;
    }
  }

  /**
   * Writes a batch of reviews in one `BEGIN IMMEDIATE` … `COMMIT`: each review in its own savepoint, so a
   * replayed review id (unique violation) or a version conflict affects that review only. The outcomes are
   * known only once the commit succeeded; if it fails, every review of the batch fails with it.
   */
  return function writeReviewBatch(inputs: readonly RecordReviewInput[]): ReviewOutcome[] {
    run('BEGIN IMMEDIATE');
    try {
      const outcomes = inputs.map((input): ReviewOutcome => {
        try {
          return { result: applyReview(input) };
        } catch (error) {
          return { error };
        }
      });
      run('COMMIT');
      return outcomes;
    } catch (error) {
      try {
        run('ROLLBACK');
      } catch {
        // no transaction left to roll back
      }
      throw error;
    }
  };
}

/** What became of one review of a batch: its result, or the error it alone raised. */
export type ReviewOutcome = { result: RecordReviewResult } | { error: unknown };
