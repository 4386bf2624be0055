import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import type { LearnerRecord } from '@notetutor/db';
import type { AppDeps } from '../app-deps';
import type { AppEnv } from '../app-env';
import { clientGone } from '../client-gone';
import { AnswerComponent, AskRequestComponent } from '../openapi-components';
import type { QuizService } from '../quiz/quiz-service';
import { recogniseStudyRequest } from '../quiz/recognise-study-request';
import { studyChatTurn } from '../quiz/study-chat-turn';
import { runWithDeadline } from '../run-with-deadline';
import { toTutorInput } from '../tutor-input';
import { validationHook } from '../validation-hook';
import { errorResponses } from './error-responses';
import type { RouteGuards } from './route-guards';

const route = (guards: RouteGuards) =>
  createRoute({
    method: 'post',
    path: '/api/ask',
    tags: ['tutor'],
    summary: 'Ask the tutor one question; get a grounded answer with citations',
    description:
      '`history` is the conversation so far (oldest first), used to resolve follow-ups such as “and in host ' +
      'mode?”. Citation marks in `answer` are `[n]`, indexes into `citations`.',
    middleware: guards.tutorRequest,
    request: {
      body: {
        required: true,
        content: { 'application/json': { schema: AskRequestComponent } },
      },
    },
    responses: {
      200: { description: 'The answer', content: { 'application/json': { schema: AnswerComponent } } },
      ...errorResponses(400, 413, 415, 429, 500, 503, 504),
    },
  });

/** `POST /api/ask`. */
export function askRoutes(
  deps: Pick<AppDeps, 'tutor' | 'limits'> & Partial<Pick<AppDeps, 'knowledge'>>,
  guards: RouteGuards,
  quizzes?: QuizService,
) {
  return new OpenAPIHono<AppEnv>({ defaultHook: validationHook }).openapi(route(guards), async (c) => {
    const { question, history } = c.req.valid('json');
    // "Quiz me on …", "学习路线": answered with a quiz or the study path, as in chat (its `done` answer).
    const study = quizzes && deps.knowledge ? recogniseStudyRequest(question) : undefined;
    if (study && quizzes && deps.knowledge) {
      for (const event of studyChatTurn(study, quizzes, deps.knowledge)) {
        if (event.type === 'done') return c.json(event.answer, 200);
      }
    }
    const input = toTutorInput(question, history);
    const answer = await runWithDeadline(
      (signal) => deps.tutor.ask(input, { signal }),
      clientGone(c),
      deps.limits.requestTimeoutMs,
    );
    await guards.recordGap(c.get('learner') as LearnerRecord | undefined, question, answer);
    return c.json(answer, 200);
  });
}
