import { z } from 'zod';
import { AnswerSchema, CitationSchema, ConceptRefSchema, EngineSchema } from './answer';
import { ErrorBodySchema } from './errors';

/**
 * The streaming form of an answer, in order: `meta` (engine), `concepts`, `citations`, any number of
 * `delta`s (text to append), optionally `notice`, then exactly one of `done` (with the full answer) or `error`.
 * Over HTTP each event is one SSE message whose `event:` is the type and whose `data:` is this JSON.
 */
export const TutorEventSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('meta'), engine: EngineSchema, language: z.enum(['zh', 'en']) }),
  z.object({ type: z.literal('concepts'), concepts: z.array(ConceptRefSchema) }),
  z.object({ type: z.literal('citations'), citations: z.array(CitationSchema) }),
  z.object({ type: z.literal('delta'), text: z.string() }),
  z.object({ type: z.literal('notice'), message: z.string() }),
  z.object({ type: z.literal('done'), answer: AnswerSchema }),
  z.object({ type: z.literal('error'), error: ErrorBodySchema.shape.error }),
]);
export type TutorEvent = z.infer<typeof TutorEventSchema>;
