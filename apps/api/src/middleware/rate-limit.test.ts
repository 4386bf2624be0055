import { describe, expect, it } from 'vitest';
import { errorOf } from '../../test/read-json';
import { tinyApp } from '../../test/tiny-app';
import { rateLimit } from './rate-limit';

function limitedApp(perMinute: number, clock: { now: number }) {
  const { app, finish } = tinyApp();
  app.use(
    rateLimit({ perMinute, now: () => clock.now, clientKey: (c) => c.req.header('x-client') ?? 'anon' }),
  );
  app.get('/thing', (c) => c.json({ ok: true }));
  return finish();
}

const from = (client: string) => ({ headers: { 'x-client': client } });

describe('rateLimit', () => {
  it('lets a client burst up to the limit, then answers 429 with Retry-After', async () => {
    const clock = { now: 0 };
    const app = limitedApp(3, clock);
    for (let i = 0; i < 3; i++) expect((await app.request('/thing', from('a'))).status).toBe(200);
    const refused = await app.request('/thing', from('a'));
    expect(refused.status).toBe(429);
    // 3 per minute refill one token every 20 s.
    expect(refused.headers.get('retry-after')).toBe('20');
    const body = { error: await errorOf(refused) };
    expect(body.error.code).toBe('rate_limited');
    expect(body.error.message).toMatch(/retry in 20 s/);
  });

  it('refills over time and keeps clients apart', async () => {
    const clock = { now: 0 };
    const app = limitedApp(60, clock);
    for (let i = 0; i < 60; i++) await app.request('/thing', from('a'));
    expect((await app.request('/thing', from('a'))).status).toBe(429);
    expect((await app.request('/thing', from('b'))).status).toBe(200);
    clock.now += 1000; // one token per second
    const again = await app.request('/thing', from('a'));
    expect(again.status).toBe(200);
    expect(again.headers.get('ratelimit-remaining')).toBe('0');
    expect((await app.request('/thing', from('a'))).status).toBe(429);
  });

  it('is off at 0 per minute', async () => {
    const app = limitedApp(0, { now: 0 });
    for (let i = 0; i < 50; i++) expect((await app.request('/thing')).status).toBe(200);
  });

  it('remembers at most maxClients clients however many come', async () => {
    const clock = { now: 0 };
    const { app, finish } = tinyApp();
    let key = 0;
    const limiter = rateLimit({
      perMinute: 10,
      now: () => clock.now,
      clientKey: () => String(key++),
      maxClients: 100,
    });
    app.use(limiter);
    app.get('/thing', (c) => c.json({ ok: true }));
    finish();
    for (let i = 0; i < 1000; i++) {
      expect((await app.request('/thing')).status).toBe(200);
      clock.now += 10;
    }
    expect(limiter.rememberedClients()).toBeLessThanOrEqual(100);
  });

  it('forgets idle clients before one that is still limited', async () => {
    const clock = { now: 0 };
    const { app, finish } = tinyApp();
    // 6 per minute: one token every 10 s.
    const limiter = rateLimit({
      perMinute: 6,
      now: () => clock.now,
      clientKey: (c) => c.req.header('x-client') ?? 'anon',
      maxClients: 3,
    });
    app.use(limiter);
    app.get('/thing', (c) => c.json({ ok: true }));
    finish();
    for (let i = 0; i < 6; i++) await app.request('/thing', from('greedy'));
    expect((await app.request('/thing', from('greedy'))).status).toBe(429);
    await app.request('/thing', from('b'));
    await app.request('/thing', from('c'));
    clock.now += 10_000; // b and c are full again (idle); greedy has one token back
    expect((await app.request('/thing', from('d'))).status).toBe(200);
    expect(limiter.rememberedClients()).toBe(2);
    // The greedy client kept its bucket: one request, then refused again.
    expect((await app.request('/thing', from('greedy'))).status).toBe(200);
    expect((await app.request('/thing', from('greedy'))).status).toBe(429);
  });
});
