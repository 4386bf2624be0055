import { apiOrigin } from '@/lib/server/env';

/**
 * Same-origin proxy from the browser to the API: `/api/*` here → `${apiOrigin()}/api/*`. It streams both
 * ways (a chat answer arrives token by token; nothing is buffered), passes the client's disconnect on to the
 * API (so a stopped answer frees the model), and turns "API not running" into the API's own error shape.
 */
export const dynamic = 'force-dynamic';

const FORWARDED_REQUEST_HEADERS = [
  'accept',
  'accept-language',
  'content-type',
  'content-length',
  'last-event-id',
  'user-agent',
  'x-request-id',
  'x-forwarded-for',
  'x-forwarded-proto',
];
const FORWARDED_RESPONSE_HEADERS = [
  'content-type',
  'cache-control',
  'retry-after',
  'x-request-id',
  'allow',
  'ratelimit-limit',
  'ratelimit-remaining',
  'ratelimit-reset',
  'x-ratelimit-limit',
  'x-ratelimit-remaining',
  'x-ratelimit-reset',
];

function unreachable(): Response {
  return Response.json(
    { error: { code: 'unreachable', message: 'The tutor API is not reachable. Is it running?' } },
    { status: 502, headers: { 'cache-control': 'no-store' } },
  );
}

async function proxy(request: Request): Promise<Response> {
  const url = new URL(request.url);
  const target = `${apiOrigin()}${url.pathname}${url.search}`;
  const headers = new Headers();
  for (const name of FORWARDED_REQUEST_HEADERS) {
    const value = request.headers.get(name);
    if (value !== null) headers.set(name, value);
  }
  const hasBody = request.method !== 'GET' && request.method !== 'HEAD' && request.body !== null;
  let upstream: Response;
  try {
    upstream = await fetch(target, {
      method: request.method,
      headers,
      body: hasBody ? request.body : undefined,
      // @ts-expect-error `duplex` is required by Node's fetch for a streamed body but missing from DOM types
      duplex: hasBody ? 'half' : undefined,
      redirect: 'manual',
      cache: 'no-store',
      signal: request.signal,
    });
  } catch {
    if (request.signal.aborted) return new Response(null, { status: 499 });
    return unreachable();
  }
  const responseHeaders = new Headers();
  for (const name of FORWARDED_RESPONSE_HEADERS) {
    const value = upstream.headers.get(name);
    if (value !== null) responseHeaders.set(name, value);
  }
  if (responseHeaders.get('content-type')?.startsWith('text/event-stream')) {
    // `no-transform` keeps Next's gzip from holding events back; `X-Accel-Buffering` does the same for nginx.
    responseHeaders.set('cache-control', 'no-cache, no-transform');
    responseHeaders.set('x-accel-buffering', 'no');
  }
  return new Response(upstream.body, { status: upstream.status, headers: responseHeaders });
}

export {
  proxy as DELETE,
  proxy as GET,
  proxy as HEAD,
  proxy as OPTIONS,
  proxy as PATCH,
  proxy as POST,
  proxy as PUT,
};
