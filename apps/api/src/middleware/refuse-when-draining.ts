import { createMiddleware } from 'hono/factory';
import { ApiError } from '../api-error';
import type { AppEnv } from '../app-env';

/**
 * Once `draining()` is true (graceful shutdown has begun), new requests that reach the server on an open
 * keep-alive connection get 503 `overloaded` with `Connection: close`, while requests already in flight
 * finish normally.
 *
 * @example
 * app.use(refuseWhenDraining(() => shuttingDown));
 */
export function refuseWhenDraining(draining: () => boolean) {
  return createMiddleware<AppEnv>(async (_c, next) => {
    if (draining()) {
      throw new ApiError('overloaded', 'the server is shutting down; retry shortly', {
        Connection: 'close',
        'Retry-After': '1',
      });
    }
    await next();
  });
}
