import { createMiddleware } from 'hono/factory';
import type { AppEnv } from '../app-env';
import { isEventStream } from '../is-event-stream';
import type { Logger } from '../logger';
import { onBodyDone } from '../on-body-done';

/**
 * Writes one structured line per request (`id`, `method`, `path`, `status`, `ms`) once the response is
 * complete; for an event stream that is when the stream ends, with `outcome` telling whether the client
 * stayed to the end. Query strings and bodies are never logged: they can hold the learner's questions.
 *
 * @example
 * app.use(requestId(), accessLog(logger, Date.now));
 */
export function accessLog(logger: Logger, now: () => number) {
  return createMiddleware<AppEnv>(async (c, next) => {
    const started = now();
    await next();
    const fields = () => ({
      id: c.get('requestId'),
      method: c.req.method,
      path: c.req.path,
      status: c.res.status,
      ms: Math.round((now() - started) * 10) / 10,
    });
    if (isEventStream(c.res)) {
      c.res = onBodyDone(c.res, (outcome) => logger.info('request', { ...fields(), outcome }));
    } else {
      const line = fields();
      if (line.status >= 500) logger.warn('request', line);
      else logger.info('request', line);
    }
  });
}
