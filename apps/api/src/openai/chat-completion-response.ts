import { z } from '@hono/zod-openapi';
import { CitationSchema, ConceptRefSchema, EngineSchema } from '@notetutor/contracts';

/** The id under which the tutor presents itself to OpenAI clients. */
export const TUTOR_MODEL_ID = 'notes-tutor';

/** The extra, non-OpenAI fields: what the answer stands on. */
const groundingFields = {
  citations: z.array(CitationSchema).openapi({ description: 'The passages the footnotes cite, in order' }),
  concepts: z.array(ConceptRefSchema),
  grounded: z.boolean(),
  engine: EngineSchema,
  notice: z.string().optional(),
};

export const ModelSchema = z
  .object({ id: z.string(), object: z.literal('model'), created: z.number().int(), owned_by: z.string() })
  .openapi('Model');
export type Model = z.infer<typeof ModelSchema>;

export const ModelListSchema = z
  .object({ object: z.literal('list'), data: z.array(ModelSchema) })
  .openapi('ModelList');

export const ChatCompletionSchema = z
  .object({
    id: z.string(),
    object: z.literal('chat.completion'),
    created: z.number().int(),
    model: z.string(),
    choices: z.array(
      z.object({
        index: z.number().int(),
        message: z.object({ role: z.literal('assistant'), content: z.string(), refusal: z.null() }),
        finish_reason: z.literal('stop'),
        logprobs: z.null(),
      }),
    ),
    ...groundingFields,
  })
  .openapi('ChatCompletion');
export type ChatCompletion = z.infer<typeof ChatCompletionSchema>;

export const ChatCompletionChunkSchema = z
  .object({
    id: z.string(),
    object: z.literal('chat.completion.chunk'),
    created: z.number().int(),
    model: z.string(),
    choices: z.array(
      z.object({
        index: z.number().int(),
        delta: z.object({ role: z.literal('assistant').optional(), content: z.string().optional() }),
        finish_reason: z.literal('stop').nullable(),
        logprobs: z.null(),
      }),
    ),
    ...Object.fromEntries(Object.entries(groundingFields).map(([key, schema]) => [key, schema.optional()])),
  })
  .openapi('ChatCompletionChunk', {
    description:
      'One `data:` line of the stream. The last chunk (with `finish_reason: "stop"`) also carries ' +
      '`citations`, `concepts`, `grounded` and `engine`; the stream ends with `data: [DONE]`.',
  });
