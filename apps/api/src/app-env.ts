import type { HttpBindings } from '@hono/node-server';
import type { LearnerRecord } from '@notetutor/db';

/**
 * Hono environment of the API: what middleware puts on the context for later handlers. No middleware
 * replaces `c.req.raw` (the body limit leaves the body it read in `c.req`'s body cache); `clientGone(c)`
 * tells when the client goes away.
 */
export interface AppEnv {
  /** Present when served by `@hono/node-server`; absent under `app.request()` in tests. */
  Bindings: Partial<HttpBindings>;
  Variables: {
    /** Echoed in `X-Request-Id` and in every log line of the request. */
    requestId: string;
    /** The learner a study route's bearer token names (set by `requireLearner`). */
    learner: LearnerRecord;
  };
}

/** Which error body shape a path speaks: ours, or OpenAI's for the `/v1` compatibility routes. */
export function errorFlavourOf(path: string): 'api' | 'openai' {
  return path === '/v1' || path.startsWith('/v1/') ? 'openai' : 'api';
}
