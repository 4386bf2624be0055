import { z } from 'zod';
import { ConceptSummarySchema } from './graph';

/** One concept found by `GET /api/concepts?q=`; `matched` is the label or alias that matched the query. */
export const ConceptHitSchema = ConceptSummarySchema.extend({
  matched: z.string().optional(),
});
export type ConceptHit = z.infer<typeof ConceptHitSchema>;

/** `GET /api/concepts?q=`: matches best first; with an empty `q`, the most central concepts. */
export const ConceptSearchResultSchema = z.object({
  query: z.string(),
  concepts: z.array(ConceptHitSchema),
});
export type ConceptSearchResult = z.infer<typeof ConceptSearchResultSchema>;
