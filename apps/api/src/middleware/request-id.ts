import { randomUUID } from 'node:crypto';
import { createMiddleware } from 'hono/factory';
import type { AppEnv } from '../app-env';

const SAFE_ID = /^[A-Za-z0-9._:-]{1,64}$/;

/**
 * Gives every request an id: the caller's `X-Request-Id` when it is short and plain, otherwise a new UUID.
 * The id is set on the context (`c.var.requestId`) and echoed in the `X-Request-Id` response header, so a
 * user can quote it and an operator can find the request's log line. Also records the client's abort
 * signal before any later middleware replaces the request object.
 *
 * @example
 * app.use(requestId());
 * app.get('/', (c) => c.text(c.var.requestId));
 */
export function requestId() {
  return createMiddleware<AppEnv>(async (c, next) => {
    const offered = c.req.header('x-request-id');
    const id = offered && SAFE_ID.test(offered) ? offered : randomUUID();
    c.set('requestId', id);
    c.set('clientSignal', c.req.raw.signal);
    c.header('X-Request-Id', id);
    await next();
  });
}
