import type { Kysely, Selectable, Transaction } from 'kysely';
import type Libsql from 'libsql';
import { type AskedGapInput, askedGapQueries } from './asked-gap-queries';
import { createReviewBatcher } from './review-batcher';
import type { CardStatesTable, ReviewsTable, StudyTables } from './schema';
import { createSqliteReviewWriter } from './sqlite-record-review';
import type { StoreDialect } from './store-dialect';
import type {
  AskedGapRecord,
  CardIdentity,
  CardReconciliation,
  CardStateRecord,
  LearnerRecord,
  LearnerStateDump,
  RecordReviewResult,
  ReviewRecord,
  SchedulingState,
} from './store-records';
import { describeStoreFailure, isUniqueViolation, StoreUnavailableError } from './store-unavailable-error';

/** What the scheduler returns for one review: the card's next state and the log entry's figures. */
export interface ScheduledReview {
  next: SchedulingState;
  log: Omit<ReviewRecord, 'reviewId' | 'cardId' | 'reviewedAt' | 'cardVersion'>;
}

/** Input of {@link StudyStore.recordReview}. */
export interface RecordReviewInput {
  learnerId: string;
  reviewId: string;
  card: CardIdentity;
  /** The card version the client saw; a different current version is a conflict. */
  expectedVersion?: number;
  now: number;
  /** Pure scheduler: the state before (undefined for a new card) → the state after and the log. */
  schedule: (previous: SchedulingState | undefined) => ScheduledReview;
}

/**
 * The learner-state data layer: every query the apps need, typed; no SQL leaves this package. Every method
 * throws {@link StoreUnavailableError} when the database cannot serve.
 */
export interface StudyStore {
  readonly dialect: StoreDialect;
  createLearner(input: { id: string; tokenHash: string; now: number }): Promise<LearnerRecord>;
  findLearnerByTokenHash(tokenHash: string): Promise<LearnerRecord | undefined>;
  listCardStates(learnerId: string): Promise<CardStateRecord[]>;
  /** Applies a reconciliation and records the deck fingerprint it was made against, in one transaction. */
  reconcileCards(
    learnerId: string,
    plan: CardReconciliation,
    deckFingerprint: string,
    now: number,
  ): Promise<void>;
  recordReview(input: RecordReviewInput): Promise<RecordReviewResult>;
  /** How many new cards the learner saw for the first time since `since`. */
  countNewCardsSince(learnerId: string, since: number): Promise<number>;
  listReviews(learnerId: string): Promise<ReviewRecord[]>;
  /** Adds an exported state: reviews not yet known (by review id), card states newer than the stored ones. */
  importState(learnerId: string, dump: LearnerStateDump): Promise<{ cards: number; reviews: number }>;
  /**
   * Keeps a question the tutor declined or answered only partly (asked again: counted, not repeated), unless
   * the learner turned recording off; `false` when it was not kept. Keeps the most recent 200 per learner.
   */
  recordAskedGap(input: AskedGapInput): Promise<boolean>;
  /** The learner's kept questions, most recently asked first. */
  listAskedGaps(learnerId: string, limit?: number): Promise<AskedGapRecord[]>;
  /** Forgets every kept question of the learner; how many there were. */
  clearAskedGaps(learnerId: string): Promise<number>;
  gapRecording(learnerId: string): Promise<boolean>;
  setGapRecording(learnerId: string, recording: boolean): Promise<void>;
  /** A cheap query that fails when the database cannot serve. */
  ping(): Promise<void>;
  close(): Promise<void>;
}

const toCardState = (row: Selectable<CardStatesTable>): CardStateRecord => ({
  cardId: row.card_id,
  conceptId: row.concept_id,
  kind: row.kind,
  contentHash: row.content_hash,
  retired: Number(row.retired) === 1,
  changed: Number(row.changed) === 1,
  due: Number(row.due),
  stability: Number(row.stability),
  difficulty: Number(row.difficulty),
  elapsedDays: Number(row.elapsed_days),
  scheduledDays: Number(row.scheduled_days),
  learningSteps: Number(row.learning_steps),
  reps: Number(row.reps),
  lapses: Number(row.lapses),
  state: Number(row.state),
  lastReview: row.last_review === null ? null : Number(row.last_review),
  version: Number(row.version),
});

const toReview = (row: Selectable<ReviewsTable>): ReviewRecord => ({
  reviewId: row.review_id,
  cardId: row.card_id,
  rating: Number(row.rating),
  state: Number(row.state),
  due: Number(row.due),
  stability: Number(row.stability),
  difficulty: Number(row.difficulty),
  elapsedDays: Number(row.elapsed_days),
  lastElapsedDays: Number(row.last_elapsed_days),
  scheduledDays: Number(row.scheduled_days),
  learningSteps: Number(row.learning_steps),
  reviewedAt: Number(row.reviewed_at),
  cardVersion: Number(row.card_version),
});

const schedulingColumns = (s: SchedulingState) => ({
  due: s.due,
  stability: s.stability,
  difficulty: s.difficulty,
  elapsed_days: s.elapsedDays,
  scheduled_days: s.scheduledDays,
  learning_steps: s.learningSteps,
  reps: s.reps,
  lapses: s.lapses,
  state: s.state,
  last_review: s.lastReview,
});

const reviewColumns = (learnerId: string, r: ReviewRecord) => ({
  learner_id: learnerId,
  review_id: r.reviewId,
  card_id: r.cardId,
  rating: r.rating,
  state: r.state,
  due: r.due,
  stability: r.stability,
  difficulty: r.difficulty,
  elapsed_days: r.elapsedDays,
  last_elapsed_days: r.lastElapsedDays,
  scheduled_days: r.scheduledDays,
  learning_steps: r.learningSteps,
  reviewed_at: r.reviewedAt,
  card_version: r.cardVersion,
});

/** Runs a query; a database failure becomes a {@link StoreUnavailableError} saying why. */
async function guarded<T>(what: string, run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    if (error instanceof StoreUnavailableError) throw error;
    throw new StoreUnavailableError(`@notetutor/db/${what}: ${describeStoreFailure(error)}`, {
      cause: error,
    });
  }
}

/**
 * The {@link StudyStore} over a Kysely handle whose schema is migrated (see `openStudyStore`). With the raw
 * SQLite handle under it, reviews take the prepared-statement path of `createSqliteReviewWriter`.
 *
 * @example
 * const store = createStudyStore(db, 'sqlite');
 */
export function createStudyStore(
  db: Kysely<StudyTables>,
  dialect: StoreDialect,
  options: { sqlite?: Libsql.Database } = {},
): StudyStore {
  const writeReviewBatch = options.sqlite ? createSqliteReviewWriter(options.sqlite, toCardState) : undefined;
  // Holding Kysely's connection while the batch runs: no Kysely transaction can be open on it meanwhile.
  const recordBatched = writeReviewBatch
    ? createReviewBatcher((inputs) => db.connection().execute(async () => writeReviewBatch(inputs)))
    : undefined;
  const cardState = (q: Kysely<StudyTables> | Transaction<StudyTables>, learnerId: string, cardId: string) =>
    q
      .selectFrom('card_states')
      .selectAll()
      .where('learner_id', '=', learnerId)
      .where('card_id', '=', cardId)
      .executeTakeFirst()
      .then((row) => (row ? toCardState(row) : undefined));
  const storedReview = (learnerId: string, reviewId: string) =>
    db
      .selectFrom('reviews')
      .selectAll()
      .where('learner_id', '=', learnerId)
      .where('review_id', '=', reviewId)
      .executeTakeFirst()
      .then((row) => (row ? toReview(row) : undefined));

  const gaps = askedGapQueries(db);

  return {
    dialect,

    recordAskedGap: (input) => guarded('record-asked-gap', () => gaps.recordAskedGap(input)),
    listAskedGaps: (learnerId, limit) =>
      guarded('list-asked-gaps', () => gaps.listAskedGaps(learnerId, limit)),
    clearAskedGaps: (learnerId) => guarded('clear-asked-gaps', () => gaps.clearAskedGaps(learnerId)),
    gapRecording: (learnerId) => guarded('gap-recording', () => gaps.gapRecording(learnerId)),
    setGapRecording: (learnerId, recording) =>
      guarded('set-gap-recording', () => gaps.setGapRecording(learnerId, recording)),

    createLearner: ({ id, tokenHash, now }) =>
      guarded('create-learner', async () => {
        await db.insertInto('learners').values({ id, token_hash: tokenHash, created_at: now }).execute();
        return { id, createdAt: now, deckFingerprint: null };
      }),

    findLearnerByTokenHash: (tokenHash) =>
      guarded('find-learner', async () => {
        const row = await db
          .selectFrom('learners')
          .select(['id', 'created_at', 'deck_fingerprint'])
          .where('token_hash', '=', tokenHash)
          .executeTakeFirst();
        return row
          ? { id: row.id, createdAt: Number(row.created_at), deckFingerprint: row.deck_fingerprint }
          : undefined;
      }),

    listCardStates: (learnerId) =>
      guarded('list-card-states', async () => {
        const rows = await db
          .selectFrom('card_states')
          .selectAll()
          .where('learner_id', '=', learnerId)
          .orderBy('card_id')
          .execute();
        return rows.map(toCardState);
      }),

    reconcileCards: (learnerId, plan, deckFingerprint, now) =>
      guarded('reconcile-cards', () =>
        db.transaction().execute(async (trx) => {
          if (plan.retire.length > 0) {
            await trx
              .updateTable('card_states')
              .set((eb) => ({ retired: 1, version: eb('version', '+', 1) }))
              .where('learner_id', '=', learnerId)
              .where('card_id', 'in', plan.retire)
              .execute();
          }
          if (plan.revive.length > 0) {
            await trx
              .updateTable('card_states')
              .set((eb) => ({ retired: 0, version: eb('version', '+', 1) }))
              .where('learner_id', '=', learnerId)
              .where('card_id', 'in', plan.revive)
              .execute();
          }
          for (const { cardId, contentHash } of plan.changed) {
            await trx
              .updateTable('card_states')
              .set((eb) => ({
                content_hash: contentHash,
                changed: 1,
                due: now,
                version: eb('version', '+', 1),
              }))
              .where('learner_id', '=', learnerId)
              .where('card_id', '=', cardId)
              .execute();
          }
          await trx
            .updateTable('learners')
            .set({ deck_fingerprint: deckFingerprint })
            .where('id', '=', learnerId)
            .execute();
        }),
      ),

    async recordReview(input) {
      const { learnerId, reviewId, card } = input;
      let result: RecordReviewResult;
      try {
        // Three statements in the common case: read the state, write it if its version is unchanged, log the
        // review. A review id seen before violates the log's unique key and rolls that review back. On
        // SQLite, reviews arriving together share one transaction (group commit, `createReviewBatcher`).
        result = recordBatched
          ? await recordBatched(input)
          : await db.transaction().execute(async (trx): Promise<RecordReviewResult> => {
              const previous = await cardState(trx, learnerId, card.cardId);
              const seenVersion = previous?.version ?? 0;
              if (input.expectedVersion !== undefined && input.expectedVersion !== seenVersion) {
                return { status: 'conflict', card: previous };
              }
              const { next, log } = input.schedule(previous);
              const version = seenVersion + 1;
              const columns = {
                ...schedulingColumns(next),
                concept_id: card.conceptId,
                kind: card.kind,
                content_hash: card.contentHash,
                retired: 0,
                changed: 0,
                version,
              };
              const written = previous
                ? await trx
                    .updateTable('card_states')
                    .set(columns)
                    .where('learner_id', '=', learnerId)
                    .where('card_id', '=', card.cardId)
                    .where('version', '=', seenVersion)
                    .executeTakeFirst()
                    .then((r) => Number(r.numUpdatedRows))
                : await trx
                    .insertInto('card_states')
                    .values({ ...columns, learner_id: learnerId, card_id: card.cardId })
                    .onConflict((oc) => oc.columns(['learner_id', 'card_id']).doNothing())
                    .executeTakeFirst()
                    .then((r) => Number(r.numInsertedOrUpdatedRows ?? 0));
              if (written !== 1)
                return { status: 'conflict', card: await cardState(trx, learnerId, card.cardId) };
              const review: ReviewRecord = {
                ...log,
                reviewId,
                cardId: card.cardId,
                reviewedAt: input.now,
                cardVersion: version,
              };
              await trx.insertInto('reviews').values(reviewColumns(learnerId, review)).execute();
              const after: CardStateRecord = {
                ...next,
                ...card,
                retired: false,
                changed: false,
                version,
              };
              return { status: 'applied', card: after, review };
            });
      } catch (error) {
        // This review id was logged before (a retry), or by a racing request that committed first.
        if (isUniqueViolation(error)) {
          const replay = await guarded('record-review', () => storedReview(learnerId, reviewId));
          if (replay) {
            const current = await guarded('record-review', () => cardState(db, learnerId, replay.cardId));
            return { status: 'replayed', card: current, review: replay };
          }
        }
        throw new StoreUnavailableError(`@notetutor/db/record-review: ${describeStoreFailure(error)}`, {
          cause: error,
        });
      }
      if (result.status === 'conflict') {
        // A retry of a review that was applied: report it as the replay it is.
        const replay = await guarded('record-review', () => storedReview(learnerId, reviewId));
        if (replay) return { status: 'replayed', card: result.card, review: replay };
      }
      return result;
    },

    countNewCardsSince: (learnerId, since) =>
      guarded('count-new-cards', async () => {
        const row = await db
          .selectFrom('reviews')
          .select((eb) => eb.fn.count<number>('seq').as('n'))
          .where('learner_id', '=', learnerId)
          .where('state', '=', 0)
          .where('reviewed_at', '>=', since)
          .executeTakeFirst();
        return Number(row?.n ?? 0);
      }),

    listReviews: (learnerId) =>
      guarded('list-reviews', async () => {
        const rows = await db
          .selectFrom('reviews')
          .selectAll()
          .where('learner_id', '=', learnerId)
          .orderBy('reviewed_at')
          .orderBy('seq')
          .execute();
        return rows.map(toReview);
      }),

    importState: (learnerId, dump) =>
      guarded('import-state', () =>
        db.transaction().execute(async (trx) => {
          let reviews = 0;
          for (const review of dump.reviews) {
            const inserted = await trx
              .insertInto('reviews')
              .values(reviewColumns(learnerId, review))
              .onConflict((oc) => oc.columns(['learner_id', 'review_id']).doNothing())
              .executeTakeFirst();
            reviews += Number(inserted.numInsertedOrUpdatedRows ?? 0);
          }
          let cards = 0;
          for (const card of dump.cards) {
            const existing = await cardState(trx, learnerId, card.cardId);
            if (existing && (existing.lastReview ?? 0) >= (card.lastReview ?? 0)) continue;
            const columns = {
              ...schedulingColumns(card),
              concept_id: card.conceptId,
              kind: card.kind,
              content_hash: card.contentHash,
              retired: card.retired ? 1 : 0,
              changed: card.changed ? 1 : 0,
              version: (existing?.version ?? 0) + 1,
            };
            if (existing) {
              await trx
                .updateTable('card_states')
                .set(columns)
                .where('learner_id', '=', learnerId)
                .where('card_id', '=', card.cardId)
                .execute();
            } else {
              await trx
                .insertInto('card_states')
                .values({ ...columns, learner_id: learnerId, card_id: card.cardId })
                .execute();
            }
            cards += 1;
          }
          // The deck must be reconciled again against the imported states.
          await trx
            .updateTable('learners')
            .set({ deck_fingerprint: null })
            .where('id', '=', learnerId)
            .execute();
          return { cards, reviews };
        }),
      ),

    ping: () =>
      guarded('ping', async () => {
        await db.selectFrom('learners').select('id').limit(1).execute();
      }),

    close: () => db.destroy(),
  };
}
