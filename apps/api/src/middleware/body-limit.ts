import type { IncomingMessage } from 'node:http';
import { createMiddleware } from 'hono/factory';
import { ApiError } from '../api-error';
import type { AppEnv } from '../app-env';

const decoder = new TextDecoder();

/** How long a request body may take to arrive, by default: a stalled upload is answered 408, not held. */
const DEFAULT_READ_TIMEOUT_MS = 10_000;

/**
 * Refuses request bodies over `maxBytes` with 413 `payload_too_large`. A declared `Content-Length` over the
 * limit is refused before reading anything; otherwise the body is read while counting bytes (a chunked
 * upload or a lying header cannot slip past), and reading stops at the first chunk over the limit. The body
 * read is left in `c.req`'s body cache, where `c.req.json()`/`c.req.text()` and the validators find it;
 * `c.req.raw` stays the request the client sent (its `signal` still follows the connection). Under
 * `@hono/node-server` the bytes come straight from Node's request stream, without web-stream copies. A body
 * that has not fully arrived within `readTimeoutMs` is answered 408 `timeout` (and the connection closed).
 *
 * @example
 * app.post('/api/ask', bodyLimit(64 * 1024), handler);
 */
export function bodyLimit(maxBytes: number, options: { readTimeoutMs?: number } = {}) {
  const readTimeoutMs = options.readTimeoutMs ?? DEFAULT_READ_TIMEOUT_MS;
  // The rest of an oversize body is never read, so the connection cannot carry another request.
  const tooLarge = () =>
    new ApiError('payload_too_large', `request body is larger than the ${formatBytes(maxBytes)} limit`, {
      Connection: 'close',
    });
  return createMiddleware<AppEnv>(async (c, next) => {
    const declared = c.req.header('content-length');
    if (declared !== undefined && /^\d+$/.test(declared) && Number(declared) > maxBytes) throw tooLarge();
    const incoming = c.env?.incoming;
    let timer: NodeJS.Timeout | undefined;
    const deadline = new Promise<never>((_, reject) => {
      timer = setTimeout(() => {
        incoming?.pause();
        reject(
          new ApiError(
            'timeout',
            `the request body did not arrive within ${readTimeoutMs / 1000} s`,
            { Connection: 'close' },
            408,
          ),
        );
      }, readTimeoutMs);
    });
    let body: Uint8Array | undefined;
    try {
      body = await Promise.race([
        incoming && !incoming.readableDidRead
          ? readIncoming(incoming, maxBytes, tooLarge)
          : readWebBody(c.req.raw, maxBytes, tooLarge),
        deadline,
      ]);
    } finally {
      clearTimeout(timer);
    }
    if (body === undefined) return next();
    // Hono keeps promises of each body form in `bodyCache` (its type claims methods); `c.req.json()` reads
    // the cached text.
    (c.req.bodyCache as { text?: Promise<string> }).text = Promise.resolve(decoder.decode(body));
    await next();
  });
}

/** Reads a Node request body, refusing it at the first chunk over `maxBytes`. */
function readIncoming(
  incoming: IncomingMessage,
  maxBytes: number,
  tooLarge: () => ApiError,
): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const cleanup = () => {
      incoming.off('data', onData);
      incoming.off('end', onEnd);
      incoming.off('error', onGone);
      incoming.off('close', onGone);
    };
    const onData = (chunk: Buffer) => {
      size += chunk.byteLength;
      if (size > maxBytes) {
        cleanup();
        incoming.pause();
        reject(tooLarge());
        return;
      }
      chunks.push(chunk);
    };
    const onEnd = () => {
      cleanup();
      resolve(chunks.length === 1 ? (chunks[0] as Buffer) : Buffer.concat(chunks, size));
    };
    const onGone = () => {
      if (incoming.readableEnded) return onEnd();
      cleanup();
      reject(new ApiError('bad_request', 'the client closed the request before sending all of it'));
    };
    incoming.on('data', onData);
    incoming.on('end', onEnd);
    incoming.on('error', onGone);
    incoming.on('close', onGone);
  });
}

/** Reads a web request body (under `app.request()`), refusing it at the first chunk over `maxBytes`. */
async function readWebBody(
  request: Request,
  maxBytes: number,
  tooLarge: () => ApiError,
): Promise<Uint8Array | undefined> {
  if (!request.body) return undefined;
  const reader = request.body.getReader();
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
  return body;
}

function formatBytes(bytes: number): string {
  return bytes % 1024 === 0 ? `${bytes / 1024} KB` : `${bytes} bytes`;
}
