import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import type { AppEnv } from './app-env';
import { clientAddress, type TrustProxy } from './client-address';

/** The client key of a request from socket address `peer` carrying `forwarded` as X-Forwarded-For. */
async function keyOf(peer: string, forwarded: string | undefined, trust: TrustProxy = 'loopback') {
  const app = new Hono<AppEnv>();
  app.get('/', (c) => c.text(clientAddress(c, trust)));
  const headers: Record<string, string> = forwarded === undefined ? {} : { 'x-forwarded-for': forwarded };
  const env = { incoming: { socket: { remoteAddress: peer } } } as unknown as AppEnv['Bindings'];
  return (await app.request('/', { headers }, env)).text();
}

describe('clientAddress', () => {
  it('takes the right-most address that is not a trusted proxy, not the left-most the client wrote', async () => {
    expect(await keyOf('127.0.0.1', '198.51.100.7, 203.0.113.9')).toBe('203.0.113.9');
    expect(await keyOf('127.0.0.1', '198.51.100.7, 203.0.113.9, 127.0.0.1')).toBe('203.0.113.9');
    expect(await keyOf('::1', '2001:db8::1')).toBe('2001:db8::1');
  });

  it('puts 400 spoofed left-most entries behind one proxy address into one bucket', async () => {
    const keys = new Set<string>();
    for (let i = 0; i < 400; i++)
      keys.add(await keyOf('127.0.0.1', `198.51.${i >> 8}.${i & 255}, 203.0.113.9`));
    expect([...keys]).toEqual(['203.0.113.9']);
  });

  it('ignores the header from a peer that is not a trusted proxy, and malformed entries', async () => {
    expect(await keyOf('203.0.113.5', '198.51.100.7')).toBe('203.0.113.5');
    expect(await keyOf('127.0.0.1', '198.51.100.7, <script>')).toBe('127.0.0.1');
    expect(await keyOf('127.0.0.1', '198.51.100.7', 'none')).toBe('127.0.0.1');
  });

  it('with TRUST_PROXY=all, believes the whole chain', async () => {
    expect(await keyOf('203.0.113.5', '198.51.100.7, 203.0.113.9', 'all')).toBe('198.51.100.7');
  });
});
