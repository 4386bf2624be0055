import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import type { Health } from '@notetutor/contracts';
import type { AppDeps } from '../app-deps';
import type { AppEnv } from '../app-env';
import { HealthComponent } from '../openapi-components';
import { validationHook } from '../validation-hook';
import { errorResponses } from './error-responses';

const route = createRoute({
  method: 'get',
  path: '/api/health',
  tags: ['service'],
  summary: 'Service status, graph size and the engine answering',
  description:
    '`degraded` when the graph is empty or when a broken notes edit keeps an older graph in service ' +
    '(`skipped` says which file and why).',
  responses: {
    200: { description: 'Status', content: { 'application/json': { schema: HealthComponent } } },
    ...errorResponses(500),
  },
});

/** `GET /api/health`. */
export function healthRoutes(deps: Pick<AppDeps, 'knowledge' | 'tutor' | 'modelName'>) {
  return new OpenAPIHono<AppEnv>({ defaultHook: validationHook }).openapi(route, (c) => {
    const snapshot = deps.knowledge.current;
    const stale = deps.knowledge.stale;
    const skipped = [...snapshot.skipped, ...(stale?.files ?? [])];
    const health: Health = {
      status: stale || snapshot.counts.concepts === 0 ? 'degraded' : 'ok',
      concepts: snapshot.counts.concepts,
      links: snapshot.counts.links,
      passages: snapshot.counts.passages,
      engine: deps.tutor.engine,
      notesBuiltAt: snapshot.builtAt,
    };
    if (deps.tutor.engine === 'llm' && deps.modelName) health.model = deps.modelName;
    if (skipped.length > 0) health.skipped = skipped;
    c.header('Cache-Control', 'no-store');
    return c.json(health, 200);
  });
}
