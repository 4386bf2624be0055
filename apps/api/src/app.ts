import { OpenAPIHono } from '@hono/zod-openapi';
import { createMiddleware } from 'hono/factory';
import type { AppDeps } from './app-deps';
import type { AppEnv } from './app-env';
import { clientAddress } from './client-address';
import { accessLog } from './middleware/access-log';
import { bodyLimit } from './middleware/body-limit';
import { concurrencyLimit, createConcurrencyGate } from './middleware/concurrency';
import { requireJson } from './middleware/content-type';
import { cors } from './middleware/cors';
import { handleError, handleNotFound } from './middleware/error-handler';
import { identifyLearner } from './middleware/identify-learner';
import { rateLimit } from './middleware/rate-limit';
import { refuseWhenDraining } from './middleware/refuse-when-draining';
import { requestId } from './middleware/request-id';
import { secureHeaders } from './middleware/secure-headers';
import { createQuizService } from './quiz/quiz-service';
import { askRoutes } from './routes/ask';
import { chatRoutes } from './routes/chat';
import { conceptRoutes } from './routes/concepts';
import { docsRoutes } from './routes/docs';
import { gapRoutes } from './routes/gaps';
import { graphRoutes } from './routes/graph';
import { healthRoutes } from './routes/health';
import { learnerRoutes } from './routes/learners';
import { openaiRoutes } from './routes/openai';
import { pathRoutes } from './routes/path';
import { quizRoutes } from './routes/quiz';
import type { RouteGuards } from './routes/route-guards';
import { studyRoutes } from './routes/study';
import { sanitizingTutor } from './sanitize/sanitizing-tutor';
import { answerGapRecorder } from './study/record-answer-gap';
import { validationHook } from './validation-hook';

/** Paths that are not rate limited: health probes and the static docs assets. */
const UNLIMITED = /^\/api\/(?:health$|docs(?:\/|$))/;

/**
 * Builds the HTTP API as a Hono app: REST routes for the graph, the tutor (JSON and event stream), the
 * OpenAI-compatible `/v1` routes and the OpenAPI document with its docs page, behind request ids, access
 * logs, secure headers, CORS, a per-client rate limit, body and media-type checks and a concurrency cap.
 * Nothing here reads the environment or the file system's notes: everything comes in through `deps`.
 *
 * @example
 * const app = createApp({ knowledge, tutor, logger, limits, corsOrigins: ['http://localhost:3000'], trustProxy: 'loopback' });
 * const res = await app.request('/api/health');
 */
export function createApp(deps: AppDeps) {
  const now = deps.now ?? (() => performance.now());
  const wallClock = deps.wallClock ?? Date.now;
  const gate = deps.gate ?? createConcurrencyGate(deps.limits.maxConcurrentStreams);
  const limiter = rateLimit({
    perMinute: deps.limits.ratePerMinute,
    clientKey: (c) => clientAddress(c, deps.trustProxy),
    now,
  });
  // Every answer leaves through one sanitiser: no raw HTML, no remote images, only links the notes vouch for.
  const answering = { ...deps, tutor: sanitizingTutor(deps.tutor, () => deps.knowledge.current.kb) };
  const guards: RouteGuards = {
    tutorRequest: [
      requireJson(),
      bodyLimit(deps.limits.maxBodyBytes),
      concurrencyLimit(gate),
      identifyLearner(deps.study),
    ],
    recordGap: answerGapRecorder(deps.study, deps.logger),
  };

  const quizzes =
    deps.quizzes ??
    createQuizService({
      knowledge: deps.knowledge,
      now: wallClock,
      ...(deps.study ? { study: deps.study } : {}),
      ...(deps.explanationGrader
        ? { gradeExplanation: deps.explanationGrader, gradeTimeoutMs: deps.limits.requestTimeoutMs }
        : {}),
    });

  const app = new OpenAPIHono<AppEnv>({ defaultHook: validationHook });
  app.use(requestId(), accessLog(deps.logger, now));
  app.use(secureHeaders());
  app.use(
    cors({
      origins: deps.corsOrigins,
      allowMethods: ['GET', 'HEAD', 'POST', 'PUT', 'DELETE', 'OPTIONS'],
      allowHeaders: ['Content-Type', 'Authorization', 'X-Request-Id', 'If-None-Match'],
      exposeHeaders: ['X-Request-Id', 'Retry-After', 'RateLimit-Limit', 'RateLimit-Remaining', 'ETag'],
      maxAge: 600,
    }),
  );
  if (deps.draining) app.use(refuseWhenDraining(deps.draining));
  app.use(
    createMiddleware<AppEnv>(async (c, next) => (UNLIMITED.test(c.req.path) ? next() : limiter(c, next))),
  );

  const routed = app
    .route('/', healthRoutes(deps))
    .route('/', graphRoutes(deps))
    .route('/', conceptRoutes(deps))
    .route('/', pathRoutes(deps))
    .route('/', askRoutes(answering, guards, quizzes))
    .route('/', chatRoutes(answering, guards, quizzes))
    .route('/', openaiRoutes({ ...answering, wallClock }, guards))
    .route('/', learnerRoutes(deps))
    // Before the study routes: their token check covers `/api/study/*`, and the path takes one optionally.
    .route('/', quizRoutes(deps, quizzes))
    .route('/', gapRoutes(deps))
    .route('/', studyRoutes(deps));

  let document: unknown;
  routed.route(
    '/',
    docsRoutes(() => {
      document ??= routed.getOpenAPI31Document({
        openapi: '3.1.0',
        info: {
          title: 'Notes tutor API',
          version: '0.1.0',
          description:
            'Serves the concept graph built from your notes and a tutor that answers from them with citations. ' +
            'Errors are `{ "error": { "code", "message" } }`.',
        },
        tags: [
          { name: 'service', description: 'Health' },
          { name: 'graph', description: 'The concept graph' },
          { name: 'tutor', description: 'Questions and answers' },
          { name: 'openai-compatible', description: 'Use the tutor as a model from any OpenAI client' },
          { name: 'study', description: 'Review cards from the notes, scheduled with FSRS, per learner' },
        ],
      });
      return document;
    }),
  );

  routed.notFound(handleNotFound(routed.routes));
  routed.onError(handleError(deps.logger));
  return routed;
}

/** The API's type, for Hono's typed client (`hc<AppType>`). */
export type AppType = ReturnType<typeof createApp>;
