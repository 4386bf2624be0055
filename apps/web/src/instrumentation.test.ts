import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, describe, expect, it } from 'vitest';
import { register } from './instrumentation';

const servers: http.Server[] = [];
afterAll(() => {
  for (const server of servers) server.close();
});

/** The X-Forwarded-For a Node server in this process hands its handler for a request sending `spoofed`. */
async function forwardedFor(spoofed: string): Promise<string | undefined> {
  let seen: string | undefined;
  const server = http.createServer((req, res) => {
    seen = req.headers['x-forwarded-for'] as string | undefined;
    res.end('ok');
  });
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await (await fetch(`http://127.0.0.1:${port}/`, { headers: { 'x-forwarded-for': spoofed } })).text();
  return seen;
}

describe('register (Next instrumentation)', () => {
  it('makes the web server forward the socket address instead of a client-sent X-Forwarded-For', async () => {
    // Before: a plain Node server passes the client's value on, as Next does (it only fills a missing one).
    expect(await forwardedFor('198.51.100.7')).toBe('198.51.100.7');
    const runtime = process.env.NEXT_RUNTIME;
    process.env.NEXT_RUNTIME = 'nodejs';
    try {
      await register();
    } finally {
      if (runtime === undefined) delete process.env.NEXT_RUNTIME;
      else process.env.NEXT_RUNTIME = runtime;
    }
    expect(await forwardedFor('198.51.100.7')).toBe('127.0.0.1');
    expect(await forwardedFor('198.51.100.8, 127.0.0.1')).toBe('127.0.0.1');
  });
});
