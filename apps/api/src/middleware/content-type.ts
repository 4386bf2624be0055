import { createMiddleware } from 'hono/factory';
import { ApiError } from '../api-error';
import type { AppEnv } from '../app-env';

const JSON_MEDIA_TYPE = /^application\/(?:[\w.+-]+\+)?json$/i;
const BODILESS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Requires a JSON body: anything other than `application/json` (or `application/*+json`, any charset
 * parameter) gets 415 `unsupported_media_type`, a missing `Content-Type` included.
 *
 * @example
 * app.post('/api/ask', requireJson(), handler);
 */
export function requireJson() {
  return createMiddleware<AppEnv>(async (c, next) => {
    // A request that carries no body has no media type to check: a GET on a POST route is told 405 by routing.
    if (BODILESS.has(c.req.method)) return next();
    const header = c.req.header('content-type');
    const mediaType = header?.split(';')[0]?.trim() ?? '';
    if (!JSON_MEDIA_TYPE.test(mediaType)) {
      throw new ApiError(
        'unsupported_media_type',
        header
          ? `Content-Type "${truncate(header, 80)}" is not supported; send application/json`
          : 'Content-Type is missing; send application/json',
      );
    }
    await next();
  });
}

function truncate(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max)}…` : text;
}
