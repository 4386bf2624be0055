import type { Context } from 'hono';
import type { AppEnv } from './app-env';

/** Whose `X-Forwarded-For` to believe: nobody, a proxy on this machine (the web app's), or anyone. */
export type TrustProxy = 'none' | 'loopback' | 'all';

const LOOPBACK = /^(?:127\.|::1$|::ffff:127\.)/;

/** An IPv4 or IPv6 address as a proxy writes it into `X-Forwarded-For` (no port, no brackets). */
const ADDRESS = /^(?:\d{1,3}(?:\.\d{1,3}){3}|[0-9a-f:]*:[0-9a-f:.]*)$/i;

/**
 * The address a request came from, for per-client limits. The socket's peer address, unless that peer is a
 * trusted proxy; then the chain of `X-Forwarded-For` is read from the right (each proxy appends the address it
 * was reached from) and the first address that is not itself a trusted proxy is the client. The left-most
 * entries are whatever the client chose to send, so they are never taken over a later one. With the default
 * `loopback`, requests the web app forwards from this machine count against the browser that made them (the
 * web proxy writes the header from its own socket), while a remote client cannot pick its own bucket.
 *
 * @example
 * // from 127.0.0.1 with `X-Forwarded-For: 198.51.100.1, 203.0.113.7, 127.0.0.1`
 * clientAddress(c, 'loopback'); // '203.0.113.7'
 */
export function clientAddress(c: Context<AppEnv>, trust: TrustProxy): string {
  const peer = c.env?.incoming?.socket?.remoteAddress ?? 'unknown';
  const isTrusted = (address: string) =>
    trust === 'all' || (trust === 'loopback' && (address === 'unknown' || LOOPBACK.test(address)));
  if (!isTrusted(peer)) return peer;
  const header = c.req.header('x-forwarded-for');
  if (!header || header.length > 1024) return peer;
  const chain = header.split(',').map((entry) => entry.trim());
  let client = peer;
  for (let i = chain.length - 1; i >= 0; i--) {
    const address = chain[i] as string;
    // A malformed entry ends the chain: nothing to its left can be believed.
    if (!ADDRESS.test(address)) break;
    client = address;
    if (!isTrusted(address)) break;
  }
  return client;
}
