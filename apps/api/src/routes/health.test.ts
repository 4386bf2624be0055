import { HealthSchema } from '@notetutor/contracts';
import { describe, expect, it } from 'vitest';
import { bodyOf } from '../../test/read-json';
import { testApp } from '../../test/test-app';

describe('GET /api/health', () => {
  it('reports ok, the size of the graph built from the notes and the engine', async () => {
    const { app, knowledge } = await testApp();
    const res = await app.request('/api/health');
    expect(res.status).toBe(200);
    const health = await bodyOf(res, HealthSchema);
    expect(health.status).toBe('ok');
    expect(health.engine).toBe('offline');
    expect(health.concepts).toBe(knowledge.current.kb.graph.order);
    expect(health.concepts).toBeGreaterThan(30);
    expect(health.links).toBeGreaterThan(30);
    expect(health.passages).toBeGreaterThan(20);
    expect(health.model).toBeUndefined();
  });

  it('says degraded, with the file and the reason, while a broken edit keeps an older graph', async () => {
    const { app, knowledge } = await testApp();
    knowledge.markStale({
      reason: 'docker-concepts.zh.md can no longer be read (is not UTF-8 text)',
      files: [{ file: 'docker-concepts.zh.md', reason: 'is not UTF-8 text' }],
      since: '2026-01-01T00:00:00.000Z',
    });
    const health = await bodyOf(await app.request('/api/health'), HealthSchema);
    expect(health.status).toBe('degraded');
    expect(health.skipped).toEqual([{ file: 'docker-concepts.zh.md', reason: 'is not UTF-8 text' }]);
    expect(health.concepts).toBeGreaterThan(30);
  });
});
