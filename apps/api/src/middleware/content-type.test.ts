import { describe, expect, it } from 'vitest';
import { errorOf } from '../../test/read-json';
import { tinyApp } from '../../test/tiny-app';
import { requireJson } from './content-type';

const { app, finish } = tinyApp();
app.post('/in', requireJson(), (c) => c.json({ ok: true }));
finish();

describe('requireJson', () => {
  it.each([
    'application/json',
    'application/json; charset=utf-8',
    'Application/JSON;charset=UTF-8',
    'application/merge-patch+json',
  ])('accepts %s', async (type) => {
    const res = await app.request('/in', { method: 'POST', body: '{}', headers: { 'content-type': type } });
    expect(res.status).toBe(200);
  });

  it.each(['text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x', 'jsonx'])(
    'refuses %s with 415 unsupported_media_type',
    async (type) => {
      const res = await app.request('/in', { method: 'POST', body: '{}', headers: { 'content-type': type } });
      expect(res.status).toBe(415);
      const error = await errorOf(res);
      expect(error.code).toBe('unsupported_media_type');
      expect(error.message).toContain('application/json');
    },
  );

  it('refuses a body without Content-Type', async () => {
    const res = await app.request('/in', { method: 'POST', body: new Uint8Array([123, 125]) });
    expect(res.status).toBe(415);
    expect((await errorOf(res)).message).toMatch(/missing/);
  });
});
