import { createHash } from 'node:crypto';
import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import type { AppDeps } from '../app-deps';
import type { AppEnv } from '../app-env';
import type { KnowledgeSnapshot } from '../knowledge/knowledge-snapshot';
import { GraphExportComponent } from '../openapi-components';
import { validationHook } from '../validation-hook';
import { errorResponses } from './error-responses';

const route = createRoute({
  method: 'get',
  path: '/api/graph',
  tags: ['graph'],
  summary: 'The whole concept graph (graphology JSON export)',
  description:
    'Nodes carry labels, kind, aliases, mention counts, evidence passage ids and layout positions (`x`, `y`); ' +
    'edges carry the relation type, weight and evidence passage ids. Send `If-None-Match` with the last ' +
    '`ETag` to get 304 while the notes have not changed.',
  responses: {
    200: {
      description: 'graphology `graph.export()`',
      content: { 'application/json': { schema: GraphExportComponent } },
    },
    304: { description: 'Unchanged since the `ETag` sent in `If-None-Match`' },
    ...errorResponses(500),
  },
});

interface SerialisedGraph {
  json: string;
  etag: string;
}

/** `GET /api/graph`: served from a string built once per graph version, with an `ETag`. */
export function graphRoutes(deps: Pick<AppDeps, 'knowledge'>) {
  const cache = new WeakMap<KnowledgeSnapshot, SerialisedGraph>();
  const serialised = (snapshot: KnowledgeSnapshot): SerialisedGraph => {
    let entry = cache.get(snapshot);
    if (!entry) {
      const json = snapshot.graphJson();
      entry = { json, etag: `"${createHash('sha256').update(json).digest('base64url').slice(0, 27)}"` };
      cache.set(snapshot, entry);
    }
    return entry;
  };

  const app = new OpenAPIHono<AppEnv>({ defaultHook: validationHook });
  // Registered for the OpenAPI document only: the handler sends a pre-serialised body, not a typed object.
  app.openAPIRegistry.registerPath(route);
  return app.get('/api/graph', (c) => {
    const { json, etag } = serialised(deps.knowledge.current);
    c.header('ETag', etag);
    c.header('Cache-Control', 'no-cache');
    const ifNoneMatch = c.req.header('if-none-match');
    if (ifNoneMatch?.split(',').some((tag) => tag.trim() === etag)) return c.body(null, 304);
    return c.body(json, 200, { 'Content-Type': 'application/json; charset=UTF-8' });
  });
}
