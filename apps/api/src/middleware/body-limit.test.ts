import { connect } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { errorOf } from '../../test/read-json';
import { chunkedBody, tinyApp } from '../../test/tiny-app';
import { type HttpServer, startHttpServer } from '../http-server';
import { bodyLimit } from './body-limit';

function appWithLimit(limit: number) {
  const { app, finish } = tinyApp();
  app.post('/echo', bodyLimit(limit), async (c) => c.json({ length: (await c.req.text()).length }));
  return finish();
}

describe('bodyLimit', () => {
  it('lets a body of exactly the limit through, readable by the handler', async () => {
    const res = await appWithLimit(10).request('/echo', { method: 'POST', body: 'x'.repeat(10) });
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ length: 10 });
  });

  it('refuses a declared Content-Length over the limit with 413 payload_too_large', async () => {
    const res = await appWithLimit(10).request('/echo', { method: 'POST', body: 'x'.repeat(11) });
    expect(res.status).toBe(413);
    expect(await res.json()).toEqual({
      error: { code: 'payload_too_large', message: 'request body is larger than the 10 bytes limit' },
    });
  });

  it('counts streamed bytes when there is no Content-Length, stopping at the first chunk over', async () => {
    let pulled = 0;
    const chunks = Array.from({ length: 100 }, () => new Uint8Array(1024).fill(65));
    const { body, duplex } = chunkedBody(chunks);
    const counted = body.pipeThrough(
      new TransformStream<Uint8Array, Uint8Array>({
        transform(chunk, controller) {
          pulled += 1;
          controller.enqueue(chunk);
        },
      }),
    );
    const res = await appWithLimit(64 * 1024).request('/echo', {
      method: 'POST',
      body: counted,
      duplex,
    } as RequestInit);
    expect(res.status).toBe(413);
    expect(pulled).toBeLessThan(70);
  });

  it('counts streamed bytes even when a small Content-Length is declared', async () => {
    const { body, duplex } = chunkedBody([new Uint8Array(8), new Uint8Array(8)]);
    const res = await appWithLimit(10).request('/echo', {
      method: 'POST',
      body,
      duplex,
      headers: { 'content-length': '4' },
    } as RequestInit);
    expect(res.status).toBe(413);
  });
});

describe('bodyLimit under the Node server', () => {
  let http: HttpServer | undefined;
  afterEach(async () => {
    await http?.shutdown(1000);
    http = undefined;
  });

  async function served(limit: number) {
    let handled = 0;
    const { app, finish } = tinyApp();
    app.post('/echo', bodyLimit(limit), async (c) => {
      handled += 1;
      return c.json(await c.req.json());
    });
    http = await startHttpServer(finish().fetch, { host: '127.0.0.1', port: 0 });
    return { url: `${http.url}/echo`, handled: () => handled };
  }

  it('reads a chunked body from the socket and hands it to the handler', async () => {
    const server = await served(1024);
    const encode = (text: string) => new TextEncoder().encode(text);
    const res = await fetch(server.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      ...chunkedBody([encode('{"question":'), encode('"什么是 docker0？"}')]),
    } as RequestInit);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ question: '什么是 docker0？' });
  });

  it('refuses a chunked upload over the limit with 413 and closes the connection', async () => {
    const server = await served(64 * 1024);
    const chunks = Array.from({ length: 100 }, () => new Uint8Array(4096).fill(65));
    const res = await fetch(server.url, { method: 'POST', ...chunkedBody(chunks) } as RequestInit);
    expect(res.status).toBe(413);
    expect(res.headers.get('connection')).toBe('close');
    expect((await errorOf(res)).code).toBe('payload_too_large');
    expect(server.handled()).toBe(0);
  });
});

describe('bodyLimit on a stalled upload', () => {
  let server: HttpServer | undefined;
  afterEach(async () => {
    await server?.shutdown(100);
    server = undefined;
  });

  it('answers 408 timeout in JSON when the body stops arriving, instead of holding the request', async () => {
    const { app, finish } = tinyApp();
    app.post('/echo', bodyLimit(1024, { readTimeoutMs: 300 }), async (c) =>
      c.json({ length: (await c.req.text()).length }),
    );
    server = await startHttpServer(finish().fetch, { host: '127.0.0.1', port: 0 });
    const started = performance.now();
    const answer = await new Promise<string>((resolve, reject) => {
      const socket = connect(server?.port ?? 0, '127.0.0.1', () =>
        socket.write(
          'POST /echo HTTP/1.1\r\nHost: x\r\nContent-Type: text/plain\r\nContent-Length: 100\r\n\r\nonly ten b',
        ),
      );
      let text = '';
      socket.on('data', (piece) => {
        text += piece.toString('utf8');
      });
      socket.on('close', () => resolve(text));
      socket.on('error', reject);
    });
    expect(performance.now() - started).toBeLessThan(5_000);
    expect(answer.startsWith('HTTP/1.1 408')).toBe(true);
    expect(JSON.parse(answer.slice(answer.indexOf('\r\n\r\n') + 4))).toEqual({
      error: { code: 'timeout', message: 'the request body did not arrive within 0.3 s' },
    });
  });
});
