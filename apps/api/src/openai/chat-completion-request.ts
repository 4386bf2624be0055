import { z } from '@hono/zod-openapi';
import { MAX_HISTORY_TURNS, MAX_QUESTION_CHARS, type Turn } from '@notetutor/contracts';
import { ApiError } from '../api-error';

const ContentPartSchema = z.looseObject({ type: z.string(), text: z.string().optional() });

const MessageSchema = z.looseObject({
  role: z.enum(['system', 'developer', 'user', 'assistant', 'tool', 'function']),
  content: z.union([z.string(), z.array(ContentPartSchema).max(100), z.null()]).optional(),
});

/**
 * `POST /v1/chat/completions` body: the parts of OpenAI's request this service reads. Other fields
 * (temperature, max_tokens…) are accepted and ignored: the tutor answers from the notes, not by sampling.
 */
export const ChatCompletionRequestSchema = z
  .looseObject({
    model: z.string().min(1).max(200).openapi({ example: 'notes-tutor' }),
    messages: z.array(MessageSchema).min(1, 'messages must not be empty').max(1000),
    stream: z.boolean().nullish(),
    n: z.number().int().min(1).max(1, 'only n = 1 is supported').nullish(),
  })
  .openapi('ChatCompletionRequest');
export type ChatCompletionRequest = z.infer<typeof ChatCompletionRequestSchema>;

const MAX_TURN_CHARS = 20_000;

/**
 * The tutor's question and history from an OpenAI conversation: the last message must be the user's and is
 * the question; earlier user and assistant messages are the history (the most recent ones, trimmed to the
 * tutor's limits). System and developer messages are ignored: the tutor keeps its own instructions.
 *
 * @example
 * toTutorConversation({ model: 'notes-tutor', messages: [{ role: 'user', content: 'What is docker0?' }] });
 * // { question: 'What is docker0?', history: [] }
 */
export function toTutorConversation(request: ChatCompletionRequest): { question: string; history: Turn[] } {
  const last = request.messages[request.messages.length - 1];
  if (last?.role !== 'user') {
    throw new ApiError('invalid_request', 'messages: the last message must be from the user');
  }
  const question = textOf(last.content).trim();
  if (!question) throw new ApiError('invalid_request', 'messages: the last user message has no text');
  if (question.length > MAX_QUESTION_CHARS) {
    throw new ApiError(
      'invalid_request',
      `messages: the question must be at most ${MAX_QUESTION_CHARS} characters`,
    );
  }
  const history: Turn[] = [];
  for (const message of request.messages.slice(0, -1)) {
    if (message.role !== 'user' && message.role !== 'assistant') continue;
    const content = textOf(message.content).trim();
    if (content) history.push({ role: message.role, content: content.slice(0, MAX_TURN_CHARS) });
  }
  return { question, history: history.slice(-MAX_HISTORY_TURNS) };
}

function textOf(content: ChatCompletionRequest['messages'][number]['content']): string {
  if (typeof content === 'string') return content;
  if (!content) return '';
  return content
    .filter((part) => part.type === 'text' && typeof part.text === 'string')
    .map((part) => part.text)
    .join('\n');
}
