import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';

/** A listening HTTP server that can shut down gracefully. */
export interface HttpServer {
  readonly server: Server;
  readonly port: number;
  /** `http://host:port`, with IPv6 hosts bracketed. */
  readonly url: string;
  /** Requests whose response has not finished yet. */
  readonly inFlight: number;
  /**
   * Stops accepting connections at once (before the first await), lets in-flight requests finish for up to `timeoutMs`, then closes whatever
   * is left (aborting streams). Resolves with how many requests had to be cut off.
   */
  shutdown(timeoutMs: number, hooks?: { beforeCutOff?: () => unknown }): Promise<{ cutOff: number }>;
}

const CLIENT_ERRORS: Record<string, { status: number; reason: string; code: string; message: string }> = {
  HPE_HEADER_OVERFLOW: {
    status: 431,
    reason: 'Request Header Fields Too Large',
    code: 'bad_request',
    message: 'the request headers are too large',
  },
  ERR_HTTP_REQUEST_TIMEOUT: {
    status: 408,
    reason: 'Request Timeout',
    code: 'timeout',
    message: 'the request did not arrive in time',
  },
};

/**
 * Answers a request Node could not parse (bad request line, header overflow, timeout) with the API's JSON
 * error body instead of Node's empty one, where the socket still allows it.
 */
function answerClientError(error: NodeJS.ErrnoException, socket: import('node:stream').Duplex): void {
  if (error.code === 'ECONNRESET' || !socket.writable) {
    socket.destroy();
    return;
  }
  const known = CLIENT_ERRORS[error.code ?? ''] ?? {
    status: 400,
    reason: 'Bad Request',
    code: 'bad_request',
    message: 'the request is not valid HTTP',
  };
  const body = JSON.stringify({ error: { code: known.code, message: known.message } });
  socket.end(
    `HTTP/1.1 ${known.status} ${known.reason}\r\nContent-Type: application/json; charset=UTF-8\r\n` +
      `Content-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`,
  );
}

/**
 * Serves a fetch handler (a Hono app's `fetch`) on `host:port` (port 0 lets the OS choose) with
 * `@hono/node-server`, counting in-flight requests so shutdown can wait for them.
 *
 * @example
 * const http = await startHttpServer(app.fetch, { host: '127.0.0.1', port: 0 });
 * await fetch(`${http.url}/api/health`);
 * await http.shutdown(5_000);
 */
export async function startHttpServer(
  fetch: (request: Request, env: never) => Response | Promise<Response>,
  options: { host: string; port: number },
): Promise<HttpServer> {
  let inFlight = 0;
  const idle: Array<() => void> = [];
  const server = serve({ fetch: fetch as never, hostname: options.host, port: options.port }) as Server;
  server.on('clientError', answerClientError);
  server.on('request', (_req, res) => {
    inFlight += 1;
    res.once('close', () => {
      inFlight -= 1;
      if (inFlight === 0) for (const resolve of idle.splice(0)) resolve();
    });
  });
  await new Promise<void>((resolve, reject) => {
    if (server.listening) return resolve();
    server.once('listening', resolve);
    server.once('error', reject);
  });
  const address = server.address() as AddressInfo;
  const host = address.address.includes(':') ? `[${address.address}]` : address.address;

  return {
    server,
    port: address.port,
    url: `http://${host}:${address.port}`,
    get inFlight() {
      return inFlight;
    },
    async shutdown(timeoutMs, hooks = {}) {
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeIdleConnections();
      let cutOff = 0;
      if (inFlight > 0) {
        const drained = new Promise<void>((resolve) => idle.push(resolve));
        let timer: NodeJS.Timeout | undefined;
        const timedOut = new Promise<'timeout'>((resolve) => {
          timer = setTimeout(() => resolve('timeout'), timeoutMs);
        });
        if ((await Promise.race([drained, timedOut])) === 'timeout') {
          // Streams get to write their final frame; a short grace lets those frames reach the clients.
          if (hooks.beforeCutOff) {
            hooks.beforeCutOff();
            await Promise.race([drained, new Promise((resolve) => setTimeout(resolve, 250))]);
          }
          cutOff = inFlight;
        }
        clearTimeout(timer);
      }
      server.closeAllConnections();
      await closed;
      return { cutOff };
    },
  };
}
