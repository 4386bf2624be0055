import { GraphExportSchema } from '@notetutor/contracts';
import { describe, expect, it } from 'vitest';
import { bodyOf } from '../../test/read-json';
import { testApp } from '../../test/test-app';

describe('GET /api/graph', () => {
  it("serves graphology's export with labels, kinds, finite layout positions and typed, evidenced edges", async () => {
    const { app, knowledge } = await testApp();
    const res = await app.request('/api/graph');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^application\/json/);
    const graph = await bodyOf(res, GraphExportSchema);
    expect(graph.nodes).toHaveLength(knowledge.current.kb.graph.order);
    expect(graph.edges).toHaveLength(knowledge.current.kb.graph.size);
    for (const node of graph.nodes) {
      expect(Number.isFinite(node.attributes.x) && Number.isFinite(node.attributes.y)).toBe(true);
    }
    const namespaces = graph.nodes.find((node) => node.key === 'namespaces');
    expect(namespaces?.attributes.labelEn).toMatch(/namespace/i);
    const docker0Edges = graph.edges.filter((edge) => edge.source === 'docker0' || edge.target === 'docker0');
    expect(docker0Edges.length).toBeGreaterThan(0);
    for (const edge of docker0Edges) expect(edge.attributes.evidence.length).toBeGreaterThan(0);
  });

  it('answers 304 to a matching If-None-Match, and the ETag changes when the graph does', async () => {
    const { app } = await testApp();
    const first = await app.request('/api/graph');
    const etag = first.headers.get('etag');
    expect(etag).toMatch(/^".+"$/);
    const again = await app.request('/api/graph', { headers: { 'if-none-match': etag ?? '' } });
    expect(again.status).toBe(304);
    expect(await again.text()).toBe('');
    const stale = await app.request('/api/graph', { headers: { 'if-none-match': '"something-else"' } });
    expect(stale.status).toBe(200);
  });
});
