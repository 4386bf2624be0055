import { ConceptDetailSchema, ConceptSearchResultSchema } from '@notetutor/contracts';
import { describe, expect, it } from 'vitest';
import { bodyOf, errorOf } from '../../test/read-json';
import { testApp } from '../../test/test-app';

describe('GET /api/concepts?q=', () => {
  it('finds a concept by any alias, including the notes’ own misspellings and full-width forms', async () => {
    const { app } = await testApp();
    const search = async (q: string) =>
      bodyOf(await app.request(`/api/concepts?q=${encodeURIComponent(q)}`), ConceptSearchResultSchema);
    expect((await search('overla2')).concepts[0]?.id).toBe('overlay2');
    expect((await search('ＤＯＣＫＥＲ０')).concepts[0]?.id).toBe('docker0');
    expect((await search('命名空间')).concepts[0]?.id).toBe('namespaces');
    const cgroups = await search('cgroup');
    expect(cgroups.concepts[0]?.id).toBe('cgroups');
    expect(cgroups.concepts[0]?.matched?.toLowerCase()).toContain('cgroup');
  });

  it('lists the most central concepts for an empty query, most central first', async () => {
    const { app, knowledge } = await testApp();
    const result = await bodyOf(await app.request('/api/concepts?limit=5'), ConceptSearchResultSchema);
    expect(result.concepts).toHaveLength(5);
    const centrality = result.concepts.map((c) =>
      knowledge.current.kb.graph.getNodeAttribute(c.id, 'centrality'),
    );
    expect([...centrality].sort((a, b) => b - a)).toEqual(centrality);
  });

  it('returns an empty list for a query that matches nothing', async () => {
    const { app } = await testApp();
    const result = await bodyOf(
      await app.request('/api/concepts?q=kubernetes%20ingress%20controller'),
      ConceptSearchResultSchema,
    );
    expect(result.concepts).toEqual([]);
  });

  it('rejects a bad limit or an overlong query with 400 invalid_request naming the field', async () => {
    const { app } = await testApp();
    for (const query of ['limit=0', 'limit=abc', 'limit=1000', `q=${'x'.repeat(201)}`, 'q=a&q=b']) {
      const res = await app.request(`/api/concepts?${query}`);
      expect(res.status, query).toBe(400);
      const error = await errorOf(res);
      expect(error.code).toBe('invalid_request');
      expect(error.message).toMatch(/^(limit|q)\b/);
    }
  });
});

describe('GET /api/concepts/:id', () => {
  it('describes a concept with its definition, evidence and neighbours', async () => {
    const { app } = await testApp();
    const res = await app.request('/api/concepts/cgroups');
    expect(res.status).toBe(200);
    const concept = await bodyOf(res, ConceptDetailSchema);
    expect(concept.id).toBe('cgroups');
    expect(concept.evidence.length).toBeGreaterThan(0);
    expect(concept.neighbours.length).toBeGreaterThan(0);
    expect(concept.evidence[0]?.source.file).toMatch(/docker-concepts\.(zh|en)\.md/);
  });

  it('accepts an alias in place of the id', async () => {
    const { app } = await testApp();
    const concept = await bodyOf(
      await app.request(`/api/concepts/${encodeURIComponent('联合挂载')}`),
      ConceptDetailSchema,
    );
    expect(concept.id).toBe('union-mount');
  });

  it('shows passages in the requested language where the notes have a translation', async () => {
    const { app } = await testApp();
    const zh = await bodyOf(await app.request('/api/concepts/cgroups?lang=zh'), ConceptDetailSchema);
    const en = await bodyOf(await app.request('/api/concepts/cgroups?lang=en'), ConceptDetailSchema);
    expect(zh.evidence.every((p) => p.lang === 'zh')).toBe(true);
    expect(en.evidence.some((p) => p.lang === 'en')).toBe(true);
    expect((await app.request('/api/concepts/cgroups?lang=fr')).status).toBe(400);
  });

  it('answers 404 not_found for an unknown concept', async () => {
    const { app } = await testApp();
    const res = await app.request('/api/concepts/kubernetes');
    expect(res.status).toBe(404);
    expect(await errorOf(res)).toEqual({
      code: 'not_found',
      message: 'no concept "kubernetes" in the notes',
    });
  });
});
