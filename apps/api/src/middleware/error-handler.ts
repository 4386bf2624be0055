import type { Context, ErrorHandler, NotFoundHandler } from 'hono';
import { HTTPException } from 'hono/http-exception';
import { TrieRouter } from 'hono/router/trie-router';
import type { RouterRoute } from 'hono/types';
import { ApiError } from '../api-error';
import { type AppEnv, errorFlavourOf } from '../app-env';
import type { Logger } from '../logger';

/** Sends `error` as JSON with its status and headers, in the error shape the request's path speaks. */
export function sendError(c: Context<AppEnv>, error: ApiError): Response {
  for (const [name, value] of Object.entries(error.headers)) c.header(name, value);
  return c.json(error.toBody(errorFlavourOf(c.req.path)), error.status);
}

/**
 * `app.onError` handler: an {@link ApiError} becomes its own response; Hono's own exceptions (malformed
 * JSON from a validator, 415 from the OpenAPI media-type gate…) are mapped to our codes; anything else is a
 * bug and becomes 500 `internal` with a generic message naming the request id, logged with its stack.
 *
 * @example
 * app.onError(handleError(logger));
 */
export function handleError(logger: Logger): ErrorHandler<AppEnv> {
  return (error, c) => {
    if (error instanceof ApiError) return sendError(c, error);
    if (error instanceof HTTPException && error.status < 500) return sendError(c, fromHttpException(error));
    const requestId = c.get('requestId');
    logger.error('unhandled error', { id: requestId, method: c.req.method, path: c.req.path, error });
    return sendError(
      c,
      new ApiError(
        'internal',
        `internal error; quote request id ${requestId ?? 'unknown'} when reporting it`,
      ),
    );
  };
}

function fromHttpException(error: HTTPException): ApiError {
  switch (error.status) {
    case 400:
      return new ApiError(
        'bad_request',
        /malformed json/i.test(error.message)
          ? 'request body is not valid JSON'
          : error.message || 'bad request',
      );
    case 404:
      return new ApiError('not_found', error.message || 'not found');
    case 413:
      return new ApiError('payload_too_large', 'request body is too large');
    case 415:
      return new ApiError('unsupported_media_type', 'unsupported Content-Type; send application/json');
    default:
      return new ApiError('bad_request', error.message || 'bad request');
  }
}

/**
 * `app.notFound` handler that tells "no such path" (404 `not_found`) from "path exists, other method"
 * (405 `method_not_allowed` with an `Allow` header). Pass the app's routes once they are all registered.
 *
 * @example
 * app.notFound(handleNotFound(app.routes));
 */
export function handleNotFound(routes: RouterRoute[]): NotFoundHandler<AppEnv> {
  const router = new TrieRouter<string>();
  const methods = new Set<string>();
  for (const route of routes) {
    if (route.method === 'ALL') continue;
    router.add(route.method, route.path, route.method);
    methods.add(route.method);
  }
  const allowedFor = (path: string): string[] => {
    const allowed = [...methods].filter((method) => router.match(method, path)[0].length > 0);
    if (allowed.includes('GET')) allowed.push('HEAD');
    if (allowed.length > 0) allowed.push('OPTIONS');
    return allowed.sort();
  };
  return (c) => {
    const allowed = allowedFor(c.req.path);
    if (allowed.length > 0) {
      return sendError(
        c,
        new ApiError('method_not_allowed', `${c.req.method} is not allowed on ${c.req.path}`, {
          Allow: allowed.join(', '),
        }),
      );
    }
    return sendError(c, new ApiError('not_found', `no route ${c.req.method} ${truncate(c.req.path, 200)}`));
  };
}

function truncate(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max)}…` : text;
}
