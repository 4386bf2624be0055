import type { Context } from 'hono';
import type { AppEnv } from './app-env';

/** Whose `X-Forwarded-For` to believe: nobody, a proxy on this machine (the web app's), or anyone. */
export type TrustProxy = 'none' | 'loopback' | 'all';

const LOOPBACK = /^(?:127\.|::1$|::ffff:127\.)/;

/**
 * The address a request came from, for per-client limits. The socket's peer address, unless that peer is a
 * trusted proxy, in which case the left-most `X-Forwarded-For` entry. With the default `loopback`, requests
 * the web app forwards from this machine count against the browser that made them, while a remote client
 * cannot pick its own bucket by sending the header.
 *
 * @example
 * const key = clientAddress(c, 'loopback'); // '203.0.113.7'
 */
export function clientAddress(c: Context<AppEnv>, trust: TrustProxy): string {
  const peer = c.env?.incoming?.socket?.remoteAddress ?? 'unknown';
  const trusted = trust === 'all' || (trust === 'loopback' && (peer === 'unknown' || LOOPBACK.test(peer)));
  if (!trusted) return peer;
  const forwarded = c.req.header('x-forwarded-for')?.split(',')[0]?.trim();
  return forwarded && forwarded.length <= 64 ? forwarded : peer;
}
