import type { HeaderList } from './preset-headers';
import { presetHeaders } from './preset-headers';

/**
 * The headers `hono/secure-headers` sends by default, with a `Content-Security-Policy` of
 * `default-src 'none'; frame-ancestors 'none'` (an API serves no active content; the docs page sets its own
 * policy). `secure-headers.test.ts` checks the list against `hono/secure-headers` itself.
 */
export const SECURE_HEADERS: HeaderList = [
  ['Content-Security-Policy', "default-src 'none'; frame-ancestors 'none'"],
  ['Cross-Origin-Resource-Policy', 'same-origin'],
  ['Cross-Origin-Opener-Policy', 'same-origin'],
  ['Origin-Agent-Cluster', '?1'],
  ['Referrer-Policy', 'no-referrer'],
  ['Strict-Transport-Security', 'max-age=15552000; includeSubDomains'],
  ['X-Content-Type-Options', 'nosniff'],
  ['X-DNS-Prefetch-Control', 'off'],
  ['X-Download-Options', 'noopen'],
  ['X-Frame-Options', 'SAMEORIGIN'],
  ['X-Permitted-Cross-Domain-Policies', 'none'],
  ['X-XSS-Protection', '0'],
];

/**
 * Sends {@link SECURE_HEADERS} on every response; a header the handler sets itself (the docs page's
 * `Content-Security-Policy`) wins. Same headers as `secureHeaders({ overwrite: false, … })` from
 * `hono/secure-headers`, without its per-request copy of the finished response.
 *
 * @example
 * app.use(secureHeaders());
 */
export function secureHeaders() {
  return presetHeaders(() => SECURE_HEADERS);
}
