import { z } from 'zod';
import { CitationSchema, ConceptRefSchema } from './answer';
import { RelationTypeSchema } from './graph';

/**
 * What a quiz question asks: pick one of several options (`choice`), fill a blank (`cloze`), judge a
 * statement (`true-false`), or explain in one's own words (`explain`: offline, the learner reads the passage
 * and rates themselves).
 */
export const QuizQuestionKindSchema = z.enum(['choice', 'cloze', 'true-false', 'explain']);
export type QuizQuestionKind = z.infer<typeof QuizQuestionKindSchema>;

/** How close the wrong options are to the right one in the graph. */
export const QuizDifficultySchema = z.enum(['easy', 'medium', 'hard']);
export type QuizDifficulty = z.infer<typeof QuizDifficultySchema>;

/** A question as the learner sees it before answering (no answer in it). */
export const QuizQuestionSchema = z.object({
  id: z.string(),
  kind: QuizQuestionKindSchema,
  lang: z.enum(['zh', 'en']),
  /** The concept the question is about first, then the others it involves. */
  concepts: z.array(ConceptRefSchema).min(1),
  prompt: z.string(),
  /** The options to pick from (`choice`, `true-false`); empty for `cloze` and `explain`. */
  options: z.array(z.string()),
  difficulty: QuizDifficultySchema,
});
export type QuizQuestion = z.infer<typeof QuizQuestionSchema>;

/** `POST /api/quiz`. With neither `concepts` nor `topic`: the notes' most central concepts. */
export const QuizRequestSchema = z.object({
  /** Concept ids or names. */
  concepts: z.array(z.string().min(1).max(200)).max(50).optional(),
  /** Free text naming what to be quizzed on ("docker networking", "网络"). */
  topic: z.string().min(1).max(500).optional(),
  count: z.number().int().min(1).max(20).optional(),
  language: z.enum(['zh', 'en']).optional(),
  /** Same seed, same notes: the same quiz. */
  seed: z.union([z.string().max(100), z.number().int()]).optional(),
});
export type QuizRequest = z.infer<typeof QuizRequestSchema>;

export const QuizSchema = z.object({
  id: z.string(),
  lang: z.enum(['zh', 'en']),
  /** The concepts the quiz was drawn from. */
  concepts: z.array(ConceptRefSchema),
  questions: z.array(QuizQuestionSchema),
  /**
   * Whether the concepts or topic asked for name something in the notes; `false`: they do not, and the
   * quiz is on the notes' central concepts instead.
   */
  matched: z.boolean(),
  /** The seed it was drawn with: send it again (same notes) for the same questions. */
  seed: z.string(),
  /** ISO time after which the quiz can no longer be answered. */
  expiresAt: z.string(),
});
export type Quiz = z.infer<typeof QuizSchema>;

/**
 * One answer: an option index (`choice`, `true-false`), the text of the blank (`cloze`), or for `explain`
 * the learner's explanation in `text` (graded by the model when one is configured) and/or a self-rating
 * (`selfRated: true` when the learner says it matched the passage; used when no model grades it).
 */
export const QuizAnswerSchema = z.object({
  questionId: z.string().min(1).max(100),
  choice: z.number().int().nonnegative().optional(),
  text: z.string().max(2000).optional(),
  selfRated: z.boolean().optional(),
});
export type QuizAnswer = z.infer<typeof QuizAnswerSchema>;

/** `POST /api/quiz/:id/answers`. Questions left out count as unanswered. */
export const QuizAnswersRequestSchema = z.object({
  answers: z.array(QuizAnswerSchema).max(50),
});
export type QuizAnswersRequest = z.infer<typeof QuizAnswersRequestSchema>;

/** The model's verdict on an explanation in the learner's own words. */
export const QuizExplanationGradeSchema = z.enum(['correct', 'partial', 'wrong']);
export type QuizExplanationGrade = z.infer<typeof QuizExplanationGradeSchema>;

export const QuizQuestionResultSchema = z.object({
  questionId: z.string(),
  answered: z.boolean(),
  correct: z.boolean(),
  /** The right option's index (`choice`, `true-false`), else null. */
  correctChoice: z.number().int().nonnegative().nullable(),
  /** The right answer as text. */
  answer: z.string(),
  /** The passage that answers the question. */
  explanation: CitationSchema,
  /**
   * For an `explain` answer graded by the model: how well it matches the passage (`partial` is not
   * `correct`, and is recorded as "hard"), with short feedback grounded in the passage.
   */
  grade: QuizExplanationGradeSchema.optional(),
  feedback: z.string().optional(),
  /** Why an explanation was not graded by the model (none configured, or it failed): rate it yourself. */
  notice: z.string().optional(),
});
export type QuizQuestionResult = z.infer<typeof QuizQuestionResultSchema>;

export const QuizResultSchema = z.object({
  quizId: z.string(),
  results: z.array(QuizQuestionResultSchema),
  score: z.object({
    correct: z.number().int().nonnegative(),
    total: z.number().int().nonnegative(),
  }),
  /** Whether the result was recorded in the learner's mastery (a learner token was sent). */
  recorded: z.boolean(),
  /** Mastery 0–1 of each concept asked about after recording, for a learner; empty otherwise. */
  mastery: z.array(z.object({ concept: ConceptRefSchema, mastery: z.number().min(0).max(1) })),
});
export type QuizResult = z.infer<typeof QuizResultSchema>;

/** One step of a study path: a concept, and the relation and evidence that put it before the next ones. */
export const StudyPathStepSchema = z.object({
  concept: ConceptRefSchema,
  /** Mastery 0–1 when the learner is known, else null. */
  mastery: z.number().min(0).max(1).nullable(),
  /**
   * Why it is on the path: the concept it is a prerequisite of, by which relation (as the notes state it),
   * with the cited passages. Null for the target and for a "start here" concept.
   */
  reason: z
    .object({
      prerequisiteOf: ConceptRefSchema,
      relation: RelationTypeSchema,
      /** `source label target` as in the notes: `bridge requires DNAT`. */
      statement: z.string(),
      evidence: z.array(CitationSchema),
    })
    .nullable(),
});
export type StudyPathStep = z.infer<typeof StudyPathStepSchema>;

/** `GET /api/study/path`. */
export const StudyPathSchema = z.object({
  /** The concept the path leads to, or null for a "start here" path through the notes. */
  target: ConceptRefSchema.nullable(),
  steps: z.array(StudyPathStepSchema),
  /** Prerequisite cycles the path broke (each the relation dropped), so the order is a choice. */
  brokenCycles: z.array(z.object({ from: z.string(), to: z.string(), relation: RelationTypeSchema })),
});
export type StudyPath = z.infer<typeof StudyPathSchema>;

/**
 * Events a chat turn that asked for a quiz or a study path carries besides the tutor's (`meta`, `concepts`,
 * `delta`s, then `done` with the same content as text, for clients that show only text): `quiz` with the
 * quiz to answer through `POST /api/quiz/{id}/answers`, or `study-path` with the path.
 */
export const ChatStudyEventSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('quiz'), quiz: QuizSchema }),
  z.object({ type: z.literal('study-path'), path: StudyPathSchema }),
]);
export type ChatStudyEvent = z.infer<typeof ChatStudyEventSchema>;
