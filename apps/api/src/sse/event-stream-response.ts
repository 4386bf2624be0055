import type { Context } from 'hono';

/**
 * Sends an event-stream body with the headers that keep it flowing through caches and buffering proxies
 * (and any headers middleware already set on the context, such as `X-Request-Id`).
 *
 * @example
 * return eventStreamResponse(c, createEventStream({ ... }));
 */
export function eventStreamResponse(c: Context, body: ReadableStream<Uint8Array>): Response {
  return c.body(body, 200, {
    'Content-Type': 'text/event-stream; charset=utf-8',
    'Cache-Control': 'no-cache, no-transform',
    'X-Accel-Buffering': 'no',
  });
}
