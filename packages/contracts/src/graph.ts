import { z } from 'zod';
import { ConceptRefSchema, SourceSchema } from './answer';

export const ConceptKindSchema = z.enum([
  'kernel-feature',
  'component',
  'storage',
  'network',
  'network-mode',
  'tool',
  'concept',
  'resource',
  'command',
  'term',
]);
export type ConceptKind = z.infer<typeof ConceptKindSchema>;

export const RelationTypeSchema = z.enum([
  'part-of',
  'provides',
  'implemented-by',
  'uses',
  'requires',
  'limits',
  'replaced-by',
  'contrasts-with',
  'based-on',
  'connects-to',
  'stored-in',
  'related-to',
]);
export type RelationType = z.infer<typeof RelationTypeSchema>;

/** A passage of the notes as served to readers. */
export const PassageSchema = z.object({
  id: z.string(),
  text: z.string(),
  lang: z.enum(['zh', 'en']),
  source: SourceSchema,
  headingPath: z.array(z.string()),
  /** For a translated passage: the id of its original. */
  originalId: z.string().optional(),
});
export type PassageView = z.infer<typeof PassageSchema>;

export const ConceptSummarySchema = ConceptRefSchema.extend({
  labelZh: z.string(),
  labelEn: z.string(),
  kind: ConceptKindSchema,
  aliases: z.array(z.string()),
  mentions: z.number().int().nonnegative(),
});
export type ConceptSummary = z.infer<typeof ConceptSummarySchema>;

export const NeighbourSchema = z.object({
  concept: ConceptRefSchema.extend({ kind: ConceptKindSchema }),
  relation: RelationTypeSchema,
  direction: z.enum(['out', 'in']),
  evidence: z.array(z.string()),
});
export type Neighbour = z.infer<typeof NeighbourSchema>;

export const ConceptDetailSchema = ConceptSummarySchema.extend({
  definition: PassageSchema.nullable(),
  evidence: z.array(PassageSchema),
  neighbours: z.array(NeighbourSchema),
});
export type ConceptDetail = z.infer<typeof ConceptDetailSchema>;

export const PathStepSchema = z.object({
  from: ConceptRefSchema,
  to: ConceptRefSchema,
  relation: RelationTypeSchema,
  /** `forward` when the relation points from `from` to `to` in the graph. */
  direction: z.enum(['forward', 'backward']),
  evidence: z.array(PassageSchema),
});
export const PathResultSchema = z.object({
  from: ConceptRefSchema,
  to: ConceptRefSchema,
  found: z.boolean(),
  steps: z.array(PathStepSchema),
});
export type PathResult = z.infer<typeof PathResultSchema>;

export const HealthSchema = z.object({
  status: z.enum(['ok', 'degraded']),
  concepts: z.number().int().nonnegative(),
  links: z.number().int().nonnegative(),
  passages: z.number().int().nonnegative(),
  engine: z.enum(['offline', 'llm']),
  model: z.string().optional(),
  notesBuiltAt: z.string().optional(),
  skipped: z.array(z.object({ file: z.string(), reason: z.string() })).optional(),
});
export type Health = z.infer<typeof HealthSchema>;
