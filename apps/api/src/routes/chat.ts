import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { MAX_QUESTION_CHARS, type TutorEvent } from '@notetutor/contracts';
import type { LearnerRecord } from '@notetutor/db';
import { ApiError } from '../api-error';
import type { AppDeps } from '../app-deps';
import type { AppEnv } from '../app-env';
import { clientGone } from '../client-gone';
import { ChatRequestComponent, ChatStudyEventComponent, TutorEventComponent } from '../openapi-components';
import type { QuizService } from '../quiz/quiz-service';
import { recogniseStudyRequest } from '../quiz/recognise-study-request';
import { studyChatTurn } from '../quiz/study-chat-turn';
import { createEventStream, sseFrame } from '../sse/event-stream';
import { eventStreamResponse } from '../sse/event-stream-response';
import { toTutorInput } from '../tutor-input';
import { validationHook } from '../validation-hook';
import { errorResponses } from './error-responses';
import type { RouteGuards } from './route-guards';

const route = (guards: RouteGuards) =>
  createRoute({
    method: 'post',
    path: '/api/chat',
    tags: ['tutor'],
    summary: 'Chat with the tutor; the answer streams as server-sent events',
    description:
      'The last message is the question, earlier ones are the history. The response is `text/event-stream`: ' +
      'one SSE message per tutor event, `event: <type>` and `data: <event JSON>`, in the order `meta`, ' +
      '`concepts`, `citations`, `delta`…, optional `notice`, then exactly one `done` or `error`. A study ' +
      'request ("quiz me on …", "考考我…", "what should I learn first", "学习路线") is answered from the notes ' +
      'with a `quiz` or `study-path` event (see `ChatStudyEvent`) before the text. Comment ' +
      'lines (`: heartbeat`) keep the connection alive. Closing the connection cancels the answer.',
    middleware: guards.tutorRequest,
    request: {
      body: {
        required: true,
        content: { 'application/json': { schema: ChatRequestComponent } },
      },
    },
    responses: {
      200: {
        description: 'Stream of tutor events',
        content: { 'text/event-stream': { schema: TutorEventComponent } },
      },
      ...errorResponses(400, 413, 415, 429, 503),
    },
  });

/** `POST /api/chat`. */
export function chatRoutes(
  deps: Pick<AppDeps, 'tutor' | 'limits' | 'logger' | 'knowledge'>,
  guards: RouteGuards,
  quizzes?: QuizService,
) {
  const app = new OpenAPIHono<AppEnv>({ defaultHook: validationHook });
  // Study turns add these events to the stream; listed as their own schema.
  app.openAPIRegistry.register('ChatStudyEvent', ChatStudyEventComponent);
  return app.openapi(route(guards), (c) => {
    const { messages } = c.req.valid('json');
    const last = messages[messages.length - 1];
    if (!last) throw new ApiError('invalid_request', 'messages must not be empty');
    const question = last.content.trim();
    if (question.length > MAX_QUESTION_CHARS) {
      throw new ApiError(
        'invalid_request',
        `messages.${messages.length - 1}.content: the question must be at most ${MAX_QUESTION_CHARS} characters`,
      );
    }
    const input = toTutorInput(question, messages.slice(0, -1));
    const requestId = c.get('requestId');
    const learner = c.get('learner') as LearnerRecord | undefined;
    const errorEvent = (code: 'timeout' | 'internal' | 'overloaded', message: string): TutorEvent => ({
      type: 'error',
      error: { code, message },
    });

    const body = createEventStream({
      onClientGone: clientGone(c),
      timeoutMs: deps.limits.requestTimeoutMs,
      heartbeatMs: deps.limits.heartbeatMs,
      async produce(write, signal) {
        const study = quizzes && recogniseStudyRequest(question);
        if (study && quizzes) {
          for (const event of studyChatTurn(study, quizzes, deps.knowledge))
            write(sseFrame(event.type, event));
          return;
        }
        for await (const event of deps.tutor.stream(input, { signal })) {
          if (signal.aborted) return;
          if (event.type === 'done') await guards.recordGap(learner, question, event.answer);
          write(sseFrame(event.type, event));
          if (event.type === 'done' || event.type === 'error') return;
        }
        if (!signal.aborted) throw new Error('@notetutor/api/chat: tutor stream ended without done or error');
      },
      onTimeout(write) {
        const seconds = Math.round(deps.limits.requestTimeoutMs / 100) / 10;
        write(sseFrame('error', errorEvent('timeout', `the tutor did not finish within ${seconds} s`)));
      },
      onShutdown(write) {
        write(
          sseFrame('error', errorEvent('overloaded', 'the server is shutting down; ask again in a moment')),
        );
      },
      onError(write, error) {
        deps.logger.error('chat stream failed', { id: requestId, error });
        write(
          sseFrame(
            'error',
            errorEvent('internal', `the answer failed; quote request id ${requestId} when reporting it`),
          ),
        );
      },
      onEnd(outcome) {
        if (outcome !== 'completed') deps.logger.debug('chat stream ended', { id: requestId, outcome });
      },
    });
    return eventStreamResponse(c, body);
  });
}
