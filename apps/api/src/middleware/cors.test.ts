import { Hono } from 'hono';
import { cors as honoCors } from 'hono/cors';
import { describe, expect, it } from 'vitest';
import { errorOf } from '../../test/read-json';
import { tinyApp } from '../../test/tiny-app';
import { ApiError } from '../api-error';
import { cors } from './cors';

const OPTIONS = {
  allowMethods: ['GET', 'POST', 'OPTIONS'],
  allowHeaders: ['Content-Type', 'X-Request-Id'],
  exposeHeaders: ['X-Request-Id', 'Retry-After'],
  maxAge: 600,
};
const WEB = 'http://localhost:3000';

function corsApp() {
  const { app, finish } = tinyApp();
  app.use(cors({ origins: [WEB], ...OPTIONS }));
  app.get('/thing', (c) => c.json({ ok: true }));
  app.get('/busy', () => {
    throw new ApiError('overloaded', 'busy', { 'Retry-After': '1' });
  });
  return finish();
}

function referenceApp() {
  const app = new Hono();
  app.use(honoCors({ origin: [WEB], ...OPTIONS }));
  app.get('/thing', (c) => c.json({ ok: true }));
  return app;
}

const corsHeadersOf = (res: Response) =>
  Object.fromEntries(
    [...res.headers].filter(([name]) => name.startsWith('access-control-') || name === 'vary'),
  );

describe('cors', () => {
  it('answers like hono/cors for an allowed origin, another origin, no origin and a preflight', async () => {
    const requests: Array<[string, RequestInit]> = [
      ['/thing', { headers: { origin: WEB } }],
      ['/thing', { headers: { origin: 'https://evil.example' } }],
      ['/thing', {}],
      [
        '/thing',
        {
          method: 'OPTIONS',
          headers: {
            origin: WEB,
            'access-control-request-method': 'POST',
            'access-control-request-headers': 'content-type',
          },
        },
      ],
    ];
    const app = corsApp();
    const reference = referenceApp();
    for (const [path, init] of requests) {
      const actual = await app.request(path, init);
      const expected = await reference.request(path, init);
      expect(actual.status).toBe(expected.status);
      expect(corsHeadersOf(actual)).toEqual(corsHeadersOf(expected));
    }
    const allowed = await app.request('/thing', { headers: { origin: WEB } });
    expect(allowed.headers.get('access-control-allow-origin')).toBe(WEB);
    expect(allowed.headers.get('vary')).toBe('Origin');
    const other = await app.request('/thing', { headers: { origin: 'https://evil.example' } });
    expect(other.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('lets the web app read error responses and their Retry-After', async () => {
    const res = await corsApp().request('/busy', { headers: { origin: WEB } });
    expect(res.status).toBe(503);
    expect(res.headers.get('access-control-allow-origin')).toBe(WEB);
    expect(res.headers.get('access-control-expose-headers')).toContain('Retry-After');
    expect((await errorOf(res)).code).toBe('overloaded');
  });
});
