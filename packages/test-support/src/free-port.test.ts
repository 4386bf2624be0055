import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { describe, expect, it } from 'vitest';
import { freePort } from './free-port';

const listenOn = (port: number) =>
  new Promise<ReturnType<typeof createServer>>((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen({ port, exclusive: true }, () => resolve(server));
  });

describe('freePort', () => {
  it('hands out distinct ports a server can listen on, none from the range the kernel picks from', async () => {
    const ports = await Promise.all(Array.from({ length: 8 }, () => freePort()));
    expect(new Set(ports).size).toBe(8);
    const [low, high] = readFileSync('/proc/sys/net/ipv4/ip_local_port_range', 'utf8')
      .trim()
      .split(/\s+/)
      .map(Number);
    for (const port of ports) expect(port < (low ?? 0) || port > (high ?? 0)).toBe(true);
    const servers = await Promise.all(ports.map(listenOn));
    await Promise.all(servers.map((s) => new Promise((r) => s.close(r))));
  });
});
