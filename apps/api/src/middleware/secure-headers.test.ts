import { Hono } from 'hono';
import { secureHeaders as honoSecureHeaders } from 'hono/secure-headers';
import { describe, expect, it } from 'vitest';
import { tinyApp } from '../../test/tiny-app';
import { secureHeaders } from './secure-headers';

const headersOf = (res: Response) => Object.fromEntries(res.headers);

describe('secureHeaders', () => {
  it('sends the same headers as hono/secure-headers with the API’s content security policy', async () => {
    const reference = new Hono();
    reference.use(
      honoSecureHeaders({
        overwrite: false,
        contentSecurityPolicy: { defaultSrc: ["'none'"], frameAncestors: ["'none'"] },
      }),
    );
    reference.get('/thing', (c) => c.json({ ok: true }));
    const { app, finish } = tinyApp();
    app.use(secureHeaders());
    app.get('/thing', (c) => c.json({ ok: true }));
    finish();

    const expected = headersOf(await reference.request('/thing'));
    const actual = headersOf(await app.request('/thing'));
    delete actual['x-request-id'];
    expect(actual).toEqual(expected);
    expect(actual['x-content-type-options']).toBe('nosniff');
  });

  it('keeps a header the handler sets itself, and reaches responses the handler built on its own', async () => {
    const { app, finish } = tinyApp();
    app.use(secureHeaders());
    app.get('/page', (c) => {
      c.header('Content-Security-Policy', "default-src 'self'");
      return c.html('<p>hi</p>');
    });
    app.get('/own', () => new Response('plain', { headers: { 'X-Frame-Options': 'DENY' } }));
    app.get('/broken', () => {
      throw new Error('bug');
    });
    finish();

    const page = await app.request('/page');
    expect(page.headers.get('content-security-policy')).toBe("default-src 'self'");
    expect(page.headers.get('x-content-type-options')).toBe('nosniff');

    const own = await app.request('/own');
    expect(await own.text()).toBe('plain');
    expect(own.headers.get('x-frame-options')).toBe('DENY');
    expect(own.headers.get('content-security-policy')).toBe("default-src 'none'; frame-ancestors 'none'");

    const broken = await app.request('/broken');
    expect(broken.status).toBe(500);
    expect(broken.headers.get('x-content-type-options')).toBe('nosniff');
  });
});
