import type { MiddlewareHandler } from 'hono';
import type { AppEnv } from '../app-env';
import type { AnswerGapRecorder } from '../study/record-answer-gap';

/** Middleware chains shared by the routes, built once in `createApp`. */
export interface RouteGuards {
  /** For routes that run the tutor: JSON only, body limit, a concurrency slot, the learner if a token names one. */
  tutorRequest: MiddlewareHandler<AppEnv>[];
  /** Keeps a declined or partly answered question for the learner (call before the answer's end is sent). */
  recordGap: AnswerGapRecorder;
}
