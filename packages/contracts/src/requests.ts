import { z } from 'zod';

/** Longest question accepted, in characters. */
export const MAX_QUESTION_CHARS = 2000;
/** Most turns of history taken into account. */
export const MAX_HISTORY_TURNS = 50;

export const TurnSchema = z.object({
  role: z.enum(['user', 'assistant']),
  content: z.string().max(20_000),
  /** Concept ids the turn was about, when known (lets follow-ups resolve without re-linking). */
  concepts: z.array(z.string().max(200)).max(100).optional(),
});
export type Turn = z.infer<typeof TurnSchema>;

const question = z
  .string()
  .trim()
  .min(1, 'question must not be empty')
  .max(MAX_QUESTION_CHARS, `question must be at most ${MAX_QUESTION_CHARS} characters`);

export const AskRequestSchema = z.object({
  question,
  history: z.array(TurnSchema).max(MAX_HISTORY_TURNS).optional(),
});
export type AskRequest = z.infer<typeof AskRequestSchema>;

/** `POST /api/chat`: the conversation so far; the last message is the user's question. */
export const ChatRequestSchema = z.object({
  messages: z
    .array(TurnSchema)
    .min(1)
    .max(MAX_HISTORY_TURNS + 1)
    .refine((m) => m.at(-1)?.role === 'user', 'the last message must be from the user')
    .refine((m) => (m.at(-1)?.content.trim().length ?? 0) > 0, 'the last message must not be empty'),
});
export type ChatRequest = z.infer<typeof ChatRequestSchema>;
