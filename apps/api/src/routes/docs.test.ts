import { describe, expect, it } from 'vitest';
import { testApp } from '../../test/test-app';

describe('GET /api/openapi.json', () => {
  it('describes every endpoint with the schemas that validate it', async () => {
    const { app } = await testApp();
    const res = await app.request('/api/openapi.json');
    expect(res.status).toBe(200);
    const doc = (await res.json()) as {
      openapi: string;
      paths: Record<string, Record<string, { requestBody?: unknown; responses: Record<string, unknown> }>>;
      components: { schemas: Record<string, unknown> };
    };
    expect(doc.openapi).toMatch(/^3\./);
    expect(Object.keys(doc.paths).sort()).toEqual(
      [
        '/api/ask',
        '/api/chat',
        '/api/concepts',
        '/api/concepts/{id}',
        '/api/graph',
        '/api/health',
        '/api/learners',
        '/api/path',
        '/api/quiz',
        '/api/quiz/{id}/answers',
        '/api/study/cards',
        '/api/study/due',
        '/api/study/export',
        '/api/study/gaps',
        '/api/study/gaps/questions',
        '/api/study/gaps/settings',
        '/api/study/import',
        '/api/study/path',
        '/api/study/progress',
        '/api/study/reviews',
        '/v1/chat/completions',
        '/v1/models',
        '/v1/models/{model}',
      ].sort(),
    );
    expect(doc.paths['/api/ask']?.post?.requestBody).toBeDefined();
    expect(Object.keys(doc.paths['/api/ask']?.post?.responses ?? {})).toEqual(
      expect.arrayContaining(['200', '400', '413', '415', '429', '503']),
    );
    expect(Object.keys(doc.components.schemas)).toEqual(
      expect.arrayContaining([
        'Answer',
        'AskRequest',
        'ChatRequest',
        'TutorEvent',
        'Error',
        'ConceptDetail',
        'GraphExport',
        'ReviewRequest',
        'DueCards',
        'StudyExport',
        'Quiz',
        'QuizResult',
        'StudyPath',
        'ChatStudyEvent',
      ]),
    );
    expect(JSON.stringify(doc.paths['/api/study/reviews']?.post)).toContain('learnerToken');
    const askRequest = JSON.stringify(doc.components.schemas.AskRequest);
    expect(askRequest).toContain('"maxLength":2000');
  });
});

describe('GET /api/docs', () => {
  it('serves a docs page whose scripts and styles all come from this server', async () => {
    const { app } = await testApp();
    const res = await app.request('/api/docs');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/html/);
    expect(res.headers.get('content-security-policy')).toContain("script-src 'self'");
    const html = await res.text();
    const assets = [...html.matchAll(/(?:src|href)="([^"]+)"/g)].map((m) => m[1] ?? '');
    expect(assets.length).toBeGreaterThanOrEqual(3);
    for (const asset of assets) {
      expect(asset).not.toMatch(/^(https?:)?\/\//);
      const url = new URL(asset, 'http://localhost/api/docs').pathname;
      const assetRes = await app.request(url);
      expect(assetRes.status, url).toBe(200);
    }
    const bundle = await app.request('/api/docs/swagger-ui-bundle.js');
    expect((await bundle.text()).length).toBeGreaterThan(500_000);
    expect((await app.request('/api/docs/init.js')).headers.get('content-type')).toMatch(/javascript/);
    expect((await app.request('/api/docs/package.json')).status).toBe(404);
    expect((await app.request('/api/docs/..%2F..%2Fpackage.json')).status).toBe(404);
  });
});
