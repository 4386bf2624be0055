import { PathResultSchema } from '@notetutor/contracts';
import { describe, expect, it } from 'vitest';
import { bodyOf, errorOf } from '../../test/read-json';
import { testApp } from '../../test/test-app';

describe('GET /api/path', () => {
  it('finds the path between two concepts, by id or alias, with evidence on every step', async () => {
    const { app } = await testApp();
    const res = await app.request(`/api/path?from=docker0&to=${encodeURIComponent('iptables')}`);
    expect(res.status).toBe(200);
    const path = await bodyOf(res, PathResultSchema);
    expect(path.found).toBe(true);
    expect(path.from.id).toBe('docker0');
    expect(path.to.id).toBe('iptables');
    expect(path.steps.length).toBeGreaterThan(0);
    expect(path.steps[0]?.from.id).toBe('docker0');
    expect(path.steps.at(-1)?.to.id).toBe('iptables');
    for (const step of path.steps) expect(step.evidence.length).toBeGreaterThan(0);

    const byAlias = await bodyOf(
      await app.request(`/api/path?from=${encodeURIComponent('命名空间')}&to=Cgroups`),
      PathResultSchema,
    );
    expect(byAlias.from.id).toBe('namespaces');
    expect(byAlias.to.id).toBe('cgroups');
  });

  it('answers 404 naming the unknown concept', async () => {
    const { app } = await testApp();
    const res = await app.request('/api/path?from=docker0&to=kubernetes');
    expect(res.status).toBe(404);
    expect(await errorOf(res)).toEqual({
      code: 'not_found',
      message: 'no concept "kubernetes" in the notes',
    });
  });

  it('answers 400 when from or to is missing or blank', async () => {
    const { app } = await testApp();
    for (const query of ['from=docker0', 'to=docker0', 'from=%20&to=docker0']) {
      const res = await app.request(`/api/path?${query}`);
      expect(res.status, query).toBe(400);
      expect((await errorOf(res)).code).toBe('invalid_request');
    }
  });
});
