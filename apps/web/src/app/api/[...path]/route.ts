import { apiOrigin } from '@/lib/server/env';
import { learnerCookie, learnerTokenOf } from '@/lib/server/learner-cookie';

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

/** Tutor routes that keep a learner's declined and partly answered questions. */
const ASKING_PATHS = new Set(['/api/chat', '/api/ask']);

function unreachable(): Response {
  return Response.json(
    { error: { code: 'unreachable', message: 'The tutor API is not reachable. Is it running?' } },
    { status: 502, headers: { 'cache-control': 'no-store' } },
  );
}

/** A new learner token from the API (`POST /api/learners`), or undefined when it cannot make one. */
async function newLearnerToken(signal: AbortSignal): Promise<string | undefined> {
  const response = await fetch(`${apiOrigin()}/api/learners`, { method: 'POST', cache: 'no-store', signal });
  if (response.status !== 201) {
    await response.body?.cancel();
    return undefined;
  }
  const body = (await response.json()) as { token?: unknown };
  return typeof body.token === 'string' ? body.token : undefined;
}

/** Routes that act for the learner: study, and quizzes (a learner's answers feed their mastery). */
const forLearner = (pathname: string) =>
  pathname.startsWith('/api/study/') || pathname === '/api/quiz' || pathname.startsWith('/api/quiz/');

/**
 * The study and quiz routes: the learner token lives in an httpOnly cookie and goes to the API as a bearer token.
 * A first visit (no cookie), or a token the API no longer knows, gets a new learner and the cookie.
 */
async function proxyStudy(request: Request, url: URL): Promise<Response> {
  const body =
    request.method !== 'GET' && request.method !== 'HEAD' ? await request.arrayBuffer() : undefined;
  const headers = new Headers();
  for (const name of FORWARDED_REQUEST_HEADERS) {
    const value = request.headers.get(name);
    if (value !== null && name !== 'content-length') headers.set(name, value);
  }
  let token = learnerTokenOf(request);
  let issued: string | undefined;
  let upstream: Response | undefined;
  try {
    for (let attempt = 0; attempt < 2 && !upstream; attempt += 1) {
      if (!token) {
        token = await newLearnerToken(request.signal);
        issued = token;
      }
      if (!token) break;
      headers.set('authorization', `Bearer ${token}`);
      const response = await fetch(`${apiOrigin()}${url.pathname}${url.search}`, {
        method: request.method,
        headers,
        body,
        redirect: 'manual',
        cache: 'no-store',
        signal: request.signal,
      });
      if (response.status === 401 && !issued) {
        await response.body?.cancel();
        token = undefined;
        continue;
      }
      upstream = response;
    }
  } catch {
    if (request.signal.aborted) return new Response(null, { status: 499 });
    return unreachable();
  }
  if (!upstream) {
    // The API answered, but made no learner: its database cannot serve.
    return Response.json(
      { error: { code: 'store_unavailable', message: 'Study is unavailable right now.' } },
      { status: 503, headers: { 'cache-control': 'no-store' } },
    );
  }
  const responseHeaders = new Headers();
  for (const name of [...FORWARDED_RESPONSE_HEADERS, 'content-disposition']) {
    const value = upstream.headers.get(name);
    if (value !== null) responseHeaders.set(name, value);
  }
  if (issued) {
    const secure = url.protocol === 'https:' || request.headers.get('x-forwarded-proto') === 'https';
    responseHeaders.append('set-cookie', learnerCookie(issued, secure));
  }
  return new Response(upstream.body, { status: upstream.status, headers: responseHeaders });
}

async function proxy(request: Request): Promise<Response> {
  const url = new URL(request.url);
  if (forLearner(url.pathname)) return proxyStudy(request, url);
  const target = `${apiOrigin()}${url.pathname}${url.search}`;
  const headers = new Headers();
  for (const name of FORWARDED_REQUEST_HEADERS) {
    const value = request.headers.get(name);
    if (value !== null) headers.set(name, value);
  }
  // The tutor keeps a learner's unanswered questions (the gaps page) when it knows who asks. No cookie yet
  // (the header's due count gets one on the first page load): the question is answered anonymously.
  const token = ASKING_PATHS.has(url.pathname) ? learnerTokenOf(request) : undefined;
  if (token) headers.set('authorization', `Bearer ${token}`);
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
