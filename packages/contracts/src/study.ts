import { z } from 'zod';
import { CitationSchema } from './answer';

/** What a card asks: a definition, a cloze (the name blanked), a typed relation, or a contrast of two. */
export const CardKindSchema = z.enum(['definition', 'cloze', 'relation', 'contrast']);
export type CardKind = z.infer<typeof CardKindSchema>;

/** ts-fsrs's card states. */
export const CardStateNameSchema = z.enum(['new', 'learning', 'review', 'relearning']);
export type CardStateName = z.infer<typeof CardStateNameSchema>;

/** Rating of a review, as Anki and FSRS number them: 1 again, 2 hard, 3 good, 4 easy. */
export const RatingSchema = z
  .number({ error: 'rating must be 1 (again), 2 (hard), 3 (good) or 4 (easy)' })
  .int('rating must be 1 (again), 2 (hard), 3 (good) or 4 (easy)')
  .min(1, 'rating must be 1 (again), 2 (hard), 3 (good) or 4 (easy)')
  .max(4, 'rating must be 1 (again), 2 (hard), 3 (good) or 4 (easy)');

/** A learner's schedule of one card; `null` fields for a card never reviewed. */
export const CardScheduleSchema = z.object({
  state: CardStateNameSchema,
  /** ISO time the card is due. */
  due: z.string(),
  lastReview: z.string().nullable(),
  reps: z.number().int().nonnegative(),
  lapses: z.number().int().nonnegative(),
  /** Probability of recalling it now (FSRS), 0–1; 0 for a new card. */
  retrievability: z.number().min(0).max(1),
  /** Raised by every review; send it back as `cardVersion` so a stale tab cannot overwrite a newer review. */
  version: z.number().int().nonnegative(),
  /** The notes it was made from changed since the last review. */
  changed: z.boolean(),
});
export type CardSchedule = z.infer<typeof CardScheduleSchema>;

/** One review card, shown in one language, with the passages it was made from. */
export const StudyCardSchema = z.object({
  id: z.string(),
  kind: CardKindSchema,
  /** The concept it is about first, then any other it involves. */
  concepts: z.array(z.object({ id: z.string(), label: z.string() })).min(1),
  lang: z.enum(['zh', 'en']),
  front: z.string(),
  /** The short answer (a name, a list of names, a definition). */
  answer: z.string(),
  /** The sentences of the notes that give the answer, one per line. */
  back: z.string(),
  /** The cited passages (with the original beside a translation), in the order the back uses them. */
  citations: z.array(CitationSchema),
  schedule: CardScheduleSchema,
});
export type StudyCard = z.infer<typeof StudyCardSchema>;

/** `GET /api/study/due`. */
export const DueCardsSchema = z.object({
  cards: z.array(StudyCardSchema),
  /** Cards due now (reviews and today's new cards), of which `cards` is the first `limit`. */
  dueNow: z.number().int().nonnegative(),
  /** Cards due before this time tomorrow, `dueNow` included. */
  dueToday: z.number().int().nonnegative(),
  /** ISO time of the next review after those due now, or null. */
  nextDue: z.string().nullable(),
});
export type DueCards = z.infer<typeof DueCardsSchema>;

/** `GET /api/study/cards`. */
export const StudyCardListSchema = z.object({
  cards: z.array(StudyCardSchema),
  /** Cards the learner reviewed that the notes no longer make; their history is kept. */
  retired: z.number().int().nonnegative(),
});
export type StudyCardList = z.infer<typeof StudyCardListSchema>;

/** `POST /api/study/reviews`. */
export const ReviewRequestSchema = z.object({
  cardId: z.string().min(1).max(100),
  rating: RatingSchema,
  /** The client's id of this review: sending it again applies it once. */
  reviewId: z
    .string({ error: 'reviewId must be a string of 8 to 100 letters, digits, - or _' })
    .regex(/^[A-Za-z0-9_-]{8,100}$/, 'reviewId must be a string of 8 to 100 letters, digits, - or _'),
  /** The `schedule.version` the client saw; a newer one on the server is a 409 conflict. */
  cardVersion: z.number().int().nonnegative().optional(),
});
export type ReviewRequest = z.infer<typeof ReviewRequestSchema>;

export const ReviewResultSchema = z.object({
  cardId: z.string(),
  /** False when this `reviewId` had been applied before (nothing changed). */
  applied: z.boolean(),
  schedule: CardScheduleSchema,
});
export type ReviewResult = z.infer<typeof ReviewResultSchema>;

/** `POST /api/learners`: the token is shown once; keep it, the server stores only its hash. */
export const LearnerTokenSchema = z.object({
  learnerId: z.string(),
  token: z.string(),
});
export type LearnerToken = z.infer<typeof LearnerTokenSchema>;

/** One concept's progress for a learner. */
export const ConceptProgressSchema = z.object({
  concept: z.object({ id: z.string(), label: z.string() }),
  /** Mean recall probability of the concept's cards now, 0–1 (cards never reviewed count 0). */
  mastery: z.number().min(0).max(1),
  cards: z.number().int().nonnegative(),
  reviewed: z.number().int().nonnegative(),
  due: z.number().int().nonnegative(),
  lastReview: z.string().nullable(),
  /** The concept's questions in the last quiz that asked about it (right of total, when), or null. */
  lastQuiz: z
    .object({
      correct: z.number().int().nonnegative(),
      total: z.number().int().positive(),
      at: z.string(),
    })
    .nullable(),
});
export type ConceptProgress = z.infer<typeof ConceptProgressSchema>;

/** `GET /api/study/progress`. */
export const StudyProgressSchema = z.object({
  concepts: z.array(ConceptProgressSchema),
  totals: z.object({
    cards: z.number().int().nonnegative(),
    reviewed: z.number().int().nonnegative(),
    dueNow: z.number().int().nonnegative(),
    reviews: z.number().int().nonnegative(),
  }),
});
export type StudyProgress = z.infer<typeof StudyProgressSchema>;

/** A time in epoch milliseconds a `Date` can hold (ECMAScript's range: up to 8.64e15 ms, the year 275760). */
const EpochMillisSchema = z.number().int().nonnegative().max(8.64e15);

const ExportedCardStateSchema = z.object({
  cardId: z.string().min(1).max(100),
  conceptId: z.string().min(1).max(200),
  kind: CardKindSchema,
  contentHash: z.string().min(1).max(64),
  retired: z.boolean(),
  changed: z.boolean(),
  due: EpochMillisSchema,
  stability: z.number().nonnegative().finite(),
  difficulty: z.number().nonnegative().finite(),
  elapsedDays: z.number().int().nonnegative(),
  scheduledDays: z.number().int().nonnegative(),
  learningSteps: z.number().int().nonnegative(),
  reps: z.number().int().nonnegative(),
  lapses: z.number().int().nonnegative(),
  state: z.number().int().min(0).max(3),
  lastReview: EpochMillisSchema.nullable(),
  version: z.number().int().nonnegative(),
});

const ExportedReviewSchema = z.object({
  reviewId: z.string().regex(/^[A-Za-z0-9_-]{8,100}$/),
  cardId: z.string().min(1).max(100),
  rating: z.number().int().min(1).max(4),
  state: z.number().int().min(0).max(3),
  due: EpochMillisSchema,
  stability: z.number().nonnegative().finite(),
  difficulty: z.number().nonnegative().finite(),
  elapsedDays: z.number().int().nonnegative(),
  lastElapsedDays: z.number().int().nonnegative(),
  scheduledDays: z.number().int().nonnegative(),
  learningSteps: z.number().int().nonnegative(),
  reviewedAt: EpochMillisSchema,
  cardVersion: z.number().int().nonnegative(),
});

/** `GET /api/study/export?format=json`, and the body of `POST /api/study/import`. */
export const StudyExportSchema = z.object({
  format: z.literal('notetutor-study'),
  version: z.literal(1),
  exportedAt: z.string(),
  cards: z.array(ExportedCardStateSchema).max(100_000),
  reviews: z.array(ExportedReviewSchema).max(1_000_000),
});
export type StudyExport = z.infer<typeof StudyExportSchema>;

export const StudyImportResultSchema = z.object({
  cards: z.number().int().nonnegative(),
  reviews: z.number().int().nonnegative(),
});
export type StudyImportResult = z.infer<typeof StudyImportResultSchema>;
