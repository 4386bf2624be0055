import { z } from 'zod';
import { CitationSchema, ConceptRefSchema } from './answer';

/**
 * Why a question the learner asked is a gap: the tutor `declined` it (nothing in the notes answers it), or
 * answered it only `partial`ly (the notes cover its subject, not everything it asks; `missing` lists what).
 */
export const AskedGapKindSchema = z.enum(['declined', 'partial']);
export type AskedGapKind = z.infer<typeof AskedGapKindSchema>;

/** A question the notes did not (fully) answer, as the learner asked it. */
export const AskedGapSchema = z.object({
  question: z.string(),
  kind: AskedGapKindSchema,
  /** For a partial answer: the words of the question the notes say nothing about. */
  missing: z.array(z.string()),
  /** How often the learner asked it. */
  times: z.number().int().positive(),
  /** ISO times of the first and the last time it was asked. */
  firstAsked: z.string(),
  lastAsked: z.string(),
});
export type AskedGap = z.infer<typeof AskedGapSchema>;

/** A concept the notes mention but never define, or cite from a single passage. */
export const ConceptGapSchema = z.object({
  concept: ConceptRefSchema,
  /** How often the notes mention it. */
  mentions: z.number().int().nonnegative(),
  /** The passages that mention it (the first few), with file and line. */
  passages: z.array(CitationSchema),
});
export type ConceptGap = z.infer<typeof ConceptGapSchema>;

/** Two concepts the notes put side by side without ever saying how they relate. */
export const RelationGapSchema = z.object({
  from: ConceptRefSchema,
  to: ConceptRefSchema,
  /** The passages where both occur (the first few). */
  passages: z.array(CitationSchema),
});
export type RelationGap = z.infer<typeof RelationGapSchema>;

/** `GET /api/study/gaps`: what the notes are missing, so the learner knows what to write next. */
export const StudyGapsSchema = z.object({
  /**
   * The learner's questions that the tutor declined or answered only partly, most recent first; null
   * without a learner token. `recording: false`: the learner turned recording off.
   */
  asked: z
    .object({
      recording: z.boolean(),
      questions: z.array(AskedGapSchema),
    })
    .nullable(),
  /** Concepts the notes mention but never define. */
  undefined: z.array(ConceptGapSchema),
  /** Concepts only one passage speaks of. */
  singlePassage: z.array(ConceptGapSchema),
  /** Pairs of concepts related only by occurring together (`related-to`), never by a stated relation. */
  cooccurrenceOnly: z.array(RelationGapSchema),
  /** How many of each there are in all (the lists are capped). */
  totals: z.object({
    undefined: z.number().int().nonnegative(),
    singlePassage: z.number().int().nonnegative(),
    cooccurrenceOnly: z.number().int().nonnegative(),
  }),
});
export type StudyGaps = z.infer<typeof StudyGapsSchema>;

/** `PUT /api/study/gaps/settings`: whether the learner's declined and partial questions are kept. */
export const GapSettingsSchema = z.object({ recording: z.boolean() });
export type GapSettings = z.infer<typeof GapSettingsSchema>;

/** `DELETE /api/study/gaps/questions`: how many were removed. */
export const ClearedGapsSchema = z.object({ cleared: z.number().int().nonnegative() });
export type ClearedGaps = z.infer<typeof ClearedGapsSchema>;
