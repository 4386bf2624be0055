import type { Context } from 'hono';
import { createMiddleware } from 'hono/factory';
import type { AppEnv } from '../app-env';

/** Response headers as name/value pairs. */
export type HeaderList = ReadonlyArray<readonly [name: string, value: string]>;

/**
 * Adds `headersFor(c)` to the response without overriding any header the handler sets itself. The headers
 * are set on the context before the handler runs, so they ride on the response the handler builds with
 * `c.json`/`c.body`/`c.text`: nothing touches the finished response, which would make Hono and
 * `@hono/node-server` copy it into a full `Response` with a streamed body (most of the cost of a small JSON
 * response when done per request, as `hono/secure-headers` and `hono/cors` do). A response built outside
 * the context (`new Response(…)`) gets the missing headers added afterwards instead.
 *
 * @example
 * app.use(presetHeaders(() => [['X-Content-Type-Options', 'nosniff']]));
 */
export function presetHeaders(headersFor: (c: Context<AppEnv>) => HeaderList) {
  return createMiddleware<AppEnv>(async (c, next) => {
    const headers = headersFor(c);
    for (const [name, value] of headers) c.header(name, value);
    await next();
    const probe = headers[0];
    if (!probe || c.res.headers.has(probe[0])) return;
    // The handler returned a Response of its own: add what it lacks (this copies the response once).
    const missing = headers.filter(([name]) => !c.res.headers.has(name));
    for (const [name, value] of missing) c.header(name, value);
  });
}
