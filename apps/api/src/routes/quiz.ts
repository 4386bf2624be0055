import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import type { LearnerRecord } from '@notetutor/db';
import type { AppDeps } from '../app-deps';
import type { AppEnv } from '../app-env';
import { bodyLimit } from '../middleware/body-limit';
import { requireJson } from '../middleware/content-type';
import { optionalLearner } from '../middleware/optional-learner';
import {
  QuizAnswersRequestComponent,
  QuizComponent,
  QuizRequestComponent,
  QuizResultComponent,
  StudyPathComponent,
} from '../openapi-components';
import type { QuizService } from '../quiz/quiz-service';
import { validationHook } from '../validation-hook';
import { errorResponses } from './error-responses';

const security: Record<string, string[]>[] = [{}, { learnerToken: [] }];

const createQuizRoute = createRoute({
  method: 'post',
  path: '/api/quiz',
  tags: ['study'],
  security,
  summary:
    'A quiz from the notes: multiple choice, cloze, true/false and explain-in-your-own-words questions',
  description:
    'Questions come without their answers; send the answers to `POST /api/quiz/{id}/answers` within an ' +
    'hour. `concepts` (ids or names) and `topic` (free text) choose what is asked; neither, or nothing the ' +
    'notes name (`matched: false`): the notes’ central concepts. The same `seed` on the same notes gives ' +
    'the same questions. No learner token needed.',
  request: { body: { required: true, content: { 'application/json': { schema: QuizRequestComponent } } } },
  responses: {
    200: { description: 'The quiz', content: { 'application/json': { schema: QuizComponent } } },
    ...errorResponses(400, 401, 413, 415, 429),
  },
});

const answerQuizRoute = createRoute({
  method: 'post',
  path: '/api/quiz/{id}/answers',
  tags: ['study'],
  security,
  summary: 'Grade a quiz: right or wrong per question, the right answer and the passage that gives it',
  description:
    'With a learner token, each answered question is recorded once as a review (good when right, again ' +
    'when wrong) of the card that asks the same thing, so it moves the concept’s mastery (`recorded`). ' +
    'Answers may come one question at a time (a client revealing each answer as it goes) and be sent ' +
    'again: a question’s first answer is the one recorded. A question sent without an answer is graded ' +
    'unanswered and returns its explanation (an `explain` question shows the passage before the ' +
    'learner rates themselves).',
  request: {
    params: z.object({ id: z.string().min(1).max(100) }),
    body: { required: true, content: { 'application/json': { schema: QuizAnswersRequestComponent } } },
  },
  responses: {
    200: { description: 'The graded quiz', content: { 'application/json': { schema: QuizResultComponent } } },
    ...errorResponses(400, 401, 404, 413, 415, 429, 503),
  },
});

const pathRoute = createRoute({
  method: 'get',
  path: '/api/study/path',
  tags: ['study'],
  security,
  summary: 'A study path: prerequisites first, each with the relation and passages that put it there',
  description:
    'With `to` (a concept id or name), its prerequisites from typed relations and the concept last; ' +
    'without, a "start here" path through the notes’ most central concepts. With a learner token, ' +
    'unmastered concepts come first among those ready. 404 when `to` is unknown.',
  request: {
    query: z.object({
      to: z.string().trim().min(1, 'to must not be empty').max(200).optional().openapi({ example: 'DNAT' }),
      lang: z.enum(['zh', 'en']).optional(),
    }),
  },
  responses: {
    200: { description: 'The path', content: { 'application/json': { schema: StudyPathComponent } } },
    ...errorResponses(400, 401, 404, 429, 503),
  },
});

/** `POST /api/quiz`, `POST /api/quiz/{id}/answers`, `GET /api/study/path`: a learner token is optional. */
export function quizRoutes(deps: Pick<AppDeps, 'study' | 'limits'>, quizzes: QuizService) {
  const app = new OpenAPIHono<AppEnv>({ defaultHook: validationHook });
  const learner = (c: { get: (key: 'learner') => LearnerRecord }) =>
    c.get('learner') as LearnerRecord | undefined;
  // `/api/quiz/*` covers `/api/quiz` too.
  app.use('/api/quiz/*', requireJson(), bodyLimit(deps.limits.maxBodyBytes), optionalLearner(deps.study));
  app.use('/api/study/path', optionalLearner(deps.study));
  app.use('/api/study/path', async (c, next) => {
    await next();
    c.header('Cache-Control', 'no-store');
  });
  return app
    .openapi(createQuizRoute, (c) => c.json(quizzes.create(c.req.valid('json')), 200))
    .openapi(answerQuizRoute, async (c) =>
      c.json(await quizzes.answer(c.req.valid('param').id, c.req.valid('json'), learner(c)), 200),
    )
    .openapi(pathRoute, async (c) => {
      const { to, lang } = c.req.valid('query');
      return c.json(await quizzes.path(to, lang, learner(c)), 200);
    });
}
