import { randomUUID } from 'node:crypto';
import { createMiddleware } from 'hono/factory';
import type { AppEnv } from '../app-env';

const SAFE_ID = /^[A-Za-z0-9._:-]{1,64}$/;

/**
 * Gives every request an id: the caller's `X-Request-Id` when it is short and plain, otherwise a new UUID.
 * The id is set on the context (`c.get('requestId')`) and echoed in the `X-Request-Id` response header, so a
 * user can quote it and an operator can find the request's log line.
 *
 * @example
 * app.use(requestId());
 * app.get('/', (c) => c.text(c.get('requestId')));
 */
export function requestId() {
  return createMiddleware<AppEnv>(async (c, next) => {
    const offered = c.req.header('x-request-id');
    const id = offered && SAFE_ID.test(offered) ? offered : randomUUID();
    c.set('requestId', id);
    c.header('X-Request-Id', id);
    await next();
  });
}
