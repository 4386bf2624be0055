import { z } from 'zod';

/** Where a cited passage lives in the notes. `line` is 1-based. */
export const SourceSchema = z.object({
  file: z.string(),
  heading: z.string(),
  line: z.number().int().nonnegative(),
});
export type Source = z.infer<typeof SourceSchema>;

/** The Chinese (or other) original of a passage that was read in translation. */
export const OriginalPassageSchema = z.object({
  id: z.string(),
  quote: z.string(),
  source: SourceSchema,
});
export type OriginalPassage = z.infer<typeof OriginalPassageSchema>;

/** One passage of the notes that an answer stands on. `id` is the passage id (`file-stem#section.passage`). */
export const CitationSchema = z.object({
  id: z.string(),
  quote: z.string(),
  source: SourceSchema,
  original: OriginalPassageSchema.optional(),
});
export type Citation = z.infer<typeof CitationSchema>;

export const ConceptRefSchema = z.object({
  id: z.string(),
  label: z.string(),
});
export type ConceptRef = z.infer<typeof ConceptRefSchema>;

/**
 * How much of a question the notes answer: `full`, or `partial` when they cover its subject but not every
 * aspect asked (the answer then says what they do not cover, listed in `missing`).
 */
export const CoverageSchema = z.enum(['full', 'partial']);
export type Coverage = z.infer<typeof CoverageSchema>;

export const EngineSchema = z.enum(['offline', 'llm']);
export type Engine = z.infer<typeof EngineSchema>;

/**
 * The tutor's answer. Citation marks in `answer` are `[n]`, 1-based indexes into `citations`.
 * `notice` tells the reader something about how the answer was made (e.g. the model failed and the
 * offline engine answered instead).
 */
export const AnswerSchema = z.object({
  answer: z.string(),
  grounded: z.boolean(),
  engine: EngineSchema,
  citations: z.array(CitationSchema),
  concepts: z.array(ConceptRefSchema),
  followUps: z.array(z.string()),
  language: z.enum(['zh', 'en']).optional(),
  notice: z.string().optional(),
  /** Present on grounded answers. */
  coverage: CoverageSchema.optional(),
  /** For a partial answer: the words of the question the notes say nothing about. */
  missing: z.array(z.string()).optional(),
});
export type Answer = z.infer<typeof AnswerSchema>;
