import { z } from 'zod';
import { ConceptKindSchema, RelationTypeSchema } from './graph';

/** A concept node's attributes as `GET /api/graph` sends them. */
export const GraphNodeAttributesSchema = z.object({
  /** Bilingual display label (`命名空间 Namespaces`). */
  label: z.string(),
  labelZh: z.string(),
  labelEn: z.string(),
  aliases: z.array(z.string()),
  kind: ConceptKindSchema,
  origin: z.enum(['vocabulary', 'discovered']),
  /** Id of the passage that best defines the concept, or null. */
  definition: z.string().nullable(),
  mentions: z.number().int().nonnegative(),
  /** Ids of the passages that mention the concept. */
  evidence: z.array(z.string()),
  centrality: z.number(),
  /** Layout position (deterministic, finite) and drawing size. */
  x: z.number(),
  y: z.number(),
  size: z.number(),
});
export type GraphNodeAttributes = z.infer<typeof GraphNodeAttributesSchema>;

/** A relation edge's attributes as `GET /api/graph` sends them. `type` is the relation type. */
export const GraphEdgeAttributesSchema = z.object({
  type: RelationTypeSchema,
  label: z.string(),
  labelZh: z.string(),
  /** Ids of the passages that state the relation. */
  evidence: z.array(z.string()),
  weight: z.number(),
  /** How directly the text states it (0–1): 1 for a clause with subject, cue and object; related-to is low. */
  confidence: z.number().min(0).max(1).optional(),
  source: z.enum(['cue', 'classifier', 'question', 'structure', 'co-occurrence']),
});
export type GraphEdgeAttributes = z.infer<typeof GraphEdgeAttributesSchema>;

/** `GET /api/graph`: graphology's `graph.export()` of the concept graph (load it with `graph.import()`). */
export const GraphExportSchema = z.object({
  options: z.object({ type: z.string(), multi: z.boolean(), allowSelfLoops: z.boolean() }),
  attributes: z.record(z.string(), z.unknown()),
  nodes: z.array(z.object({ key: z.string(), attributes: GraphNodeAttributesSchema })),
  edges: z.array(
    z.object({
      key: z.string().optional(),
      source: z.string(),
      target: z.string(),
      attributes: GraphEdgeAttributesSchema,
      undirected: z.boolean().optional(),
    }),
  ),
});
export type GraphExport = z.infer<typeof GraphExportSchema>;
