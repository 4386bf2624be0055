import { randomUUID } from 'node:crypto';
import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import type { Answer, Citation } from '@notetutor/contracts';
import type { LearnerRecord } from '@notetutor/db';
import { ApiError } from '../api-error';
import type { AppDeps } from '../app-deps';
import type { AppEnv } from '../app-env';
import { clientGone } from '../client-gone';
import { ChatCompletionRequestSchema, toTutorConversation } from '../openai/chat-completion-request';
import {
  type ChatCompletion,
  ChatCompletionChunkSchema,
  ChatCompletionSchema,
  type Model,
  ModelListSchema,
  ModelSchema,
  TUTOR_MODEL_ID,
} from '../openai/chat-completion-response';
import { footnoteBlock } from '../openai/footnote-block';
import { createFootnoteMarks } from '../openai/footnote-marks';
import { runWithDeadline } from '../run-with-deadline';
import { createEventStream, type WriteFrame } from '../sse/event-stream';
import { eventStreamResponse } from '../sse/event-stream-response';
import { toTutorInput } from '../tutor-input';
import { validationHook } from '../validation-hook';
import { errorResponses } from './error-responses';
import type { RouteGuards } from './route-guards';

const listModels = createRoute({
  method: 'get',
  path: '/v1/models',
  tags: ['openai-compatible'],
  summary: 'OpenAI-compatible model list (one model: the tutor)',
  responses: { 200: { description: 'Models', content: { 'application/json': { schema: ModelListSchema } } } },
});

const getModel = createRoute({
  method: 'get',
  path: '/v1/models/{model}',
  tags: ['openai-compatible'],
  summary: 'OpenAI-compatible model lookup',
  request: {
    params: z.object({
      model: z
        .string()
        .max(200)
        .openapi({ param: { name: 'model', in: 'path' } }),
    }),
  },
  responses: {
    200: { description: 'The model', content: { 'application/json': { schema: ModelSchema } } },
    ...errorResponses(404),
  },
});

const completions = (guards: RouteGuards) =>
  createRoute({
    method: 'post',
    path: '/v1/chat/completions',
    tags: ['openai-compatible'],
    summary: 'OpenAI-compatible chat completion, streamed or not',
    description:
      'The last user message is the question, earlier user/assistant messages the history. Citations are ' +
      'appended to the text as markdown footnotes (`[^1]: quote — file:line`) and returned as an extra ' +
      '`citations` field (on the last chunk when streaming). Errors use OpenAI’s shape ' +
      '(`{ error: { message, type, code, param } }`), with `code` one of this API’s error codes.',
    middleware: guards.tutorRequest,
    request: {
      body: { required: true, content: { 'application/json': { schema: ChatCompletionRequestSchema } } },
    },
    responses: {
      200: {
        description: 'A completion (JSON), or with `stream: true` a stream of chunks (`text/event-stream`)',
        content: {
          'application/json': { schema: ChatCompletionSchema },
          'text/event-stream': { schema: ChatCompletionChunkSchema },
        },
      },
      ...errorResponses(400, 404, 413, 415, 429, 503, 504),
    },
  });

/** `GET /v1/models`, `GET /v1/models/:model`, `POST /v1/chat/completions`. */
export function openaiRoutes(
  deps: Pick<AppDeps, 'tutor' | 'limits' | 'logger'> & { wallClock: () => number },
  guards: RouteGuards,
) {
  const model: Model = {
    id: TUTOR_MODEL_ID,
    object: 'model',
    created: Math.floor(deps.wallClock() / 1000),
    owned_by: 'notetutor',
  };

  return new OpenAPIHono<AppEnv>({ defaultHook: validationHook })
    .openapi(listModels, (c) => c.json({ object: 'list' as const, data: [model] }, 200))
    .openapi(getModel, (c) => {
      const { model: id } = c.req.valid('param');
      if (id !== TUTOR_MODEL_ID) throw unknownModel(id);
      return c.json(model, 200);
    })
    .openapi(completions(guards), async (c) => {
      const request = c.req.valid('json');
      if (request.model !== TUTOR_MODEL_ID) throw unknownModel(request.model);
      const conversation = toTutorConversation(request);
      const input = toTutorInput(conversation.question, conversation.history);
      const id = `chatcmpl-${randomUUID().replaceAll('-', '')}`;
      const created = Math.floor(deps.wallClock() / 1000);
      const learner = c.get('learner') as LearnerRecord | undefined;

      if (!request.stream) {
        const answer = await runWithDeadline(
          (signal) => deps.tutor.ask(input, { signal }),
          clientGone(c),
          deps.limits.requestTimeoutMs,
        );
        await guards.recordGap(learner, conversation.question, answer);
        return c.json(toCompletion(answer, { id, created }), 200);
      }

      const requestId = c.get('requestId');
      const chunk = (delta: { role?: 'assistant'; content?: string }, extra: object = {}) =>
        dataFrame({
          id,
          object: 'chat.completion.chunk',
          created,
          model: TUTOR_MODEL_ID,
          choices: [{ index: 0, delta, finish_reason: null, logprobs: null }],
          ...extra,
        });
      const body = createEventStream({
        onClientGone: clientGone(c),
        timeoutMs: deps.limits.requestTimeoutMs,
        heartbeatMs: deps.limits.heartbeatMs,
        async produce(write, signal) {
          write(chunk({ role: 'assistant', content: '' }));
          let citations: Citation[] = [];
          let marks = createFootnoteMarks(0);
          for await (const event of deps.tutor.stream(input, { signal })) {
            if (signal.aborted) return;
            if (event.type === 'citations') {
              citations = event.citations;
              marks = createFootnoteMarks(citations.length);
            } else if (event.type === 'delta') {
              const text = marks.push(event.text);
              if (text) write(chunk({ content: text }));
            } else if (event.type === 'done') {
              await guards.recordGap(learner, conversation.question, event.answer);
              // Marks already streamed point into the `citations` event's list (for the LLM engine, the
              // candidates), so the footnotes come from that list, numbered as the text was.
              const rest = marks.flush();
              const cited = marks.used().flatMap((n) => citations[n - 1] ?? []);
              const tail = rest + noticeText(event.answer.notice) + footnoteBlock(cited);
              if (tail) write(chunk({ content: tail }));
              write(finalChunk({ id, created }, event.answer, cited));
              write('data: [DONE]\n\n');
              return;
            } else if (event.type === 'error') {
              writeError(write, new ApiError(event.error.code, event.error.message));
              return;
            }
          }
          if (!signal.aborted)
            throw new Error('@notetutor/api/openai: tutor stream ended without done or error');
        },
        onTimeout(write) {
          const seconds = Math.round(deps.limits.requestTimeoutMs / 100) / 10;
          writeError(write, new ApiError('timeout', `the tutor did not finish within ${seconds} s`));
        },
        onShutdown(write) {
          writeError(write, new ApiError('overloaded', 'the server is shutting down; ask again in a moment'));
        },
        onError(write, error) {
          deps.logger.error('completion stream failed', { id: requestId, error });
          writeError(
            write,
            new ApiError('internal', `the answer failed; quote request id ${requestId} when reporting it`),
          );
        },
      });
      return eventStreamResponse(c, body);
    });
}

function unknownModel(id: string): ApiError {
  return new ApiError('not_found', `the model "${id.slice(0, 100)}" does not exist; use "${TUTOR_MODEL_ID}"`);
}

function dataFrame(data: unknown): string {
  return `data: ${JSON.stringify(data)}\n\n`;
}

function writeError(write: WriteFrame, error: ApiError): void {
  write(dataFrame(error.toBody('openai')));
}

function noticeText(notice: string | undefined): string {
  return notice ? `\n\n_${notice.replace(/\s+/g, ' ').trim()}_` : '';
}

function grounding(answer: Answer, cited: Citation[]) {
  const fields = {
    citations: cited,
    concepts: answer.concepts,
    grounded: answer.grounded,
    engine: answer.engine,
  };
  return answer.notice ? { ...fields, notice: answer.notice } : fields;
}

function finalChunk(meta: { id: string; created: number }, answer: Answer, cited: Citation[]): string {
  return dataFrame({
    ...meta,
    object: 'chat.completion.chunk',
    model: TUTOR_MODEL_ID,
    choices: [{ index: 0, delta: {}, finish_reason: 'stop', logprobs: null }],
    ...grounding(answer, cited),
  });
}

/**
 * A whole answer as an OpenAI chat completion: marks become footnote references numbered in order of first
 * use, the footnotes are appended, and `citations` lists the cited passages in footnote order.
 */
function toCompletion(answer: Answer, meta: { id: string; created: number }): ChatCompletion {
  const marks = createFootnoteMarks(answer.citations.length);
  const text = marks.push(answer.answer) + marks.flush();
  const cited = marks.used().flatMap((n) => answer.citations[n - 1] ?? []);
  const content = text + noticeText(answer.notice) + footnoteBlock(cited);
  return {
    ...meta,
    object: 'chat.completion',
    model: TUTOR_MODEL_ID,
    choices: [
      {
        index: 0,
        message: { role: 'assistant', content, refusal: null },
        finish_reason: 'stop',
        logprobs: null,
      },
    ],
    ...grounding(answer, cited),
  };
}
