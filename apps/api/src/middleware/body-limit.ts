import { createMiddleware } from 'hono/factory';
import { ApiError } from '../api-error';
import type { AppEnv } from '../app-env';

/**
 * Refuses request bodies over `maxBytes` with 413 `payload_too_large`. A declared `Content-Length` over the
 * limit is refused before reading anything; otherwise the body is read while counting bytes (a chunked
 * upload or a lying header cannot slip past), and reading stops at the first byte over the limit. The
 * buffered body is put back on the request for the validators.
 *
 * @example
 * app.post('/api/ask', bodyLimit(64 * 1024), handler);
 */
export function bodyLimit(maxBytes: number) {
  const tooLarge = () =>
    new ApiError('payload_too_large', `request body is larger than the ${formatBytes(maxBytes)} limit`);
  return createMiddleware<AppEnv>(async (c, next) => {
    const raw = c.req.raw;
    if (!raw.body) return next();
    const declared = raw.headers.get('content-length');
    if (declared !== null && /^\d+$/.test(declared) && Number(declared) > maxBytes) throw tooLarge();

    const reader = raw.body.getReader();
    const chunks: Uint8Array[] = [];
    let size = 0;
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      size += value.byteLength;
      if (size > maxBytes) {
        await reader.cancel().catch(() => {});
        throw tooLarge();
      }
      chunks.push(value);
    }
    const body = new Uint8Array(size);
    let offset = 0;
    for (const chunk of chunks) {
      body.set(chunk, offset);
      offset += chunk.byteLength;
    }
    c.req.raw = new Request(raw, { body });
    await next();
  });
}

function formatBytes(bytes: number): string {
  return bytes % 1024 === 0 ? `${bytes / 1024} KB` : `${bytes} bytes`;
}
