import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, describe, expect, it } from 'vitest';
import { forwardSocketAddress } from './forward-socket-address';

const servers: http.Server[] = [];
afterAll(() => {
  for (const server of servers) server.close();
});

describe('forwardSocketAddress', () => {
  it('replaces a client-sent X-Forwarded-For with the socket address, on servers made before or after', async () => {
    const seen: Array<string | undefined> = [];
    const before = http.createServer((req, res) => {
      seen.push(req.headers['x-forwarded-for'] as string | undefined);
      res.end('ok');
    });
    forwardSocketAddress();
    forwardSocketAddress(); // twice is once
    const after = http.createServer((req, res) => {
      seen.push(req.headers['x-forwarded-for'] as string | undefined);
      res.end('ok');
    });
    for (const server of [before, after]) {
      servers.push(server);
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
      const { port } = server.address() as AddressInfo;
      for (const spoofed of ['198.51.100.7', '198.51.100.8, 127.0.0.1']) {
        const res = await fetch(`http://127.0.0.1:${port}/`, { headers: { 'x-forwarded-for': spoofed } });
        expect(await res.text()).toBe('ok');
      }
      await fetch(`http://127.0.0.1:${port}/`);
    }
    expect(seen).toEqual(Array(6).fill('127.0.0.1'));
  });
});
