import type { MiddlewareHandler } from 'hono';
import type { AppEnv } from '../app-env';

/** Middleware chains shared by the routes, built once in `createApp`. */
export interface RouteGuards {
  /** For routes that run the tutor: JSON only, body limit, a concurrency slot. */
  tutorRequest: MiddlewareHandler<AppEnv>[];
}
