import { type NextRequest, NextResponse } from 'next/server';
import { apiOrigin } from '@/lib/server/env';

/**
 * Gives `/concepts/<unknown id>` a real, server-rendered 404: asks the API whether the concept exists and,
 * if not, rewrites to the not-found page with status 404. (A `notFound()` thrown in the page would answer
 * 404 with an empty body that needs JavaScript; see `app/concept-not-found/page.tsx`.) If the API cannot be
 * asked, the page itself shows why.
 */
export async function proxy(request: NextRequest): Promise<NextResponse> {
  const { pathname } = request.nextUrl;
  if (!isWellFormed(pathname)) {
    // Next answers a malformed escape in a dynamic segment with a bare 500; answer it properly here.
    if (pathname.startsWith('/api/')) {
      return NextResponse.json(
        { error: { code: 'bad_request', message: 'The URL contains a malformed percent-escape.' } },
        { status: 400 },
      );
    }
    return NextResponse.rewrite(new URL('/concept-not-found', request.url), { status: 404 });
  }
  if (!pathname.startsWith('/concepts/')) return NextResponse.next();
  const raw = pathname.slice('/concepts/'.length);
  if (!raw || raw.includes('/')) return NextResponse.next();
  try {
    const response = await fetch(`${apiOrigin()}/api/concepts/${raw}`, {
      headers: { accept: 'application/json' },
      cache: 'no-store',
      signal: AbortSignal.timeout(3000),
    });
    await response.body?.cancel();
    if (response.status === 404) {
      const target = new URL('/concept-not-found', request.url);
      target.searchParams.set('id', decodeURIComponent(raw));
      return NextResponse.rewrite(target, { status: 404 });
    }
  } catch {
    // The API is down or slow: let the page render its "unavailable" message.
  }
  return NextResponse.next();
}

function isWellFormed(pathname: string): boolean {
  try {
    decodeURIComponent(pathname);
    return true;
  } catch {
    return false;
  }
}

export const config = { matcher: ['/concepts/:path*', '/api/:path*'] };
