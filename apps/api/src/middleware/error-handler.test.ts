import { HTTPException } from 'hono/http-exception';
import { describe, expect, it } from 'vitest';
import { errorOf } from '../../test/read-json';
import { tinyApp } from '../../test/tiny-app';

function appWithRoutes() {
  const { app, logger, finish } = tinyApp();
  app.get('/things', (c) => c.json([]));
  app.post('/things', (c) => c.json({}));
  app.get('/things/:id', (c) => c.json({ id: c.req.param('id') }));
  app.get('/broken', () => {
    throw new TypeError("Cannot read properties of undefined (reading 'secret')");
  });
  app.get('/bad-json', () => {
    throw new HTTPException(400, { message: 'Malformed JSON in request body' });
  });
  app.get('/v1/broken', () => {
    throw new Error('boom');
  });
  return { app: finish(), logger };
}

describe('handleNotFound', () => {
  it('answers 404 not_found for an unknown path', async () => {
    const res = await appWithRoutes().app.request('/nothing/here');
    expect(res.status).toBe(404);
    expect(await res.json()).toEqual({ error: { code: 'not_found', message: 'no route GET /nothing/here' } });
  });

  it('answers 405 with Allow when the path exists under other methods', async () => {
    const { app } = appWithRoutes();
    const del = await app.request('/things', { method: 'DELETE' });
    expect(del.status).toBe(405);
    expect(del.headers.get('allow')).toBe('GET, HEAD, OPTIONS, POST');
    expect((await errorOf(del)).code).toBe('method_not_allowed');

    const put = await app.request('/things/42', { method: 'PUT' });
    expect(put.status).toBe(405);
    expect(put.headers.get('allow')).toBe('GET, HEAD, OPTIONS');
  });
});

describe('handleError', () => {
  it('turns an unexpected error into 500 internal without details, naming the request id, and logs it', async () => {
    const { app, logger } = appWithRoutes();
    const res = await app.request('/broken', { headers: { 'x-request-id': 'req-123' } });
    expect(res.status).toBe(500);
    const text = await res.text();
    expect(JSON.parse(text)).toEqual({
      error: { code: 'internal', message: 'internal error; quote request id req-123 when reporting it' },
    });
    expect(text).not.toMatch(/secret|TypeError|at /);
    const logged = logger.lines.find((line) => line.msg === 'unhandled error');
    expect(logged?.id).toBe('req-123');
    expect(JSON.stringify(logged?.error)).toContain('TypeError');
  });

  it("maps Hono's malformed-JSON exception to 400 bad_request", async () => {
    const res = await appWithRoutes().app.request('/bad-json');
    expect(res.status).toBe(400);
    expect(await res.json()).toEqual({
      error: { code: 'bad_request', message: 'request body is not valid JSON' },
    });
  });

  it('speaks OpenAI’s error shape on /v1 routes', async () => {
    const res = await appWithRoutes().app.request('/v1/broken');
    expect(res.status).toBe(500);
    const error = await errorOf(res);
    expect(error).toMatchObject({ code: 'internal', type: 'server_error', param: null });
    expect(error.message).toMatch(/request id/);
  });
});
