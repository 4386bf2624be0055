import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';

/**
 * The ports the kernel hands out on its own: to `listen(0)` and to the local end of every outgoing connection.
 * A port taken from this range can be grabbed by any of those between the moment it is found free and the moment
 * the spawned server binds it (a CI run lost a browser suite to exactly that: `EADDRINUSE` on a port found free
 * a second before). Linux says where the range is; elsewhere the IANA dynamic range is the usual one.
 */
function ephemeralRange(): [number, number] {
  try {
    const [low, high] = readFileSync('/proc/sys/net/ipv4/ip_local_port_range', 'utf8')
      .trim()
      .split(/\s+/)
      .map(Number);
    if (low && high && low <= high) return [low, high];
  } catch {
    // Not Linux: fall through.
  }
  return [49152, 65535];
}

/** Below the ephemeral range, above the well-known and commonly configured ports. */
function candidatePorts(): [number, number] {
  const [low, high] = ephemeralRange();
  if (low - 1 >= 20_000 + 1000) return [20_000, low - 1];
  // A range that starts low leaves room above it instead.
  return high + 1000 <= 65_535 ? [high + 1, 65_535] : [10_000, 65_535];
}

/** Whether a server can listen on `port` on every interface (as `next start` and our API do). */
function canListen(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = createServer();
    server.unref();
    server.once('error', () => resolve(false));
    server.listen({ port, exclusive: true }, () => server.close(() => resolve(true)));
  });
}

const handedOut = new Set<number>();

/**
 * A TCP port that is free now and that nothing else on the machine is handed by the kernel meanwhile: picked at
 * random outside the ephemeral range, so only another process choosing ports the same way could take it first.
 * For spawning servers in tests and benches.
 */
export async function freePort(): Promise<number> {
  const [low, high] = candidatePorts();
  for (let attempt = 0; attempt < 200; attempt++) {
    const port = low + Math.floor(Math.random() * (high - low + 1));
    // Never the same port twice in one process, even to callers asking at the same moment.
    if (handedOut.has(port)) continue;
    handedOut.add(port);
    if (await canListen(port)) return port;
  }
  throw new Error(`no free TCP port found between ${low} and ${high}`);
}
