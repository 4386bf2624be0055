import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import { ApiError } from '../api-error';
import type { AppDeps } from '../app-deps';
import type { AppEnv } from '../app-env';
import { PathResultComponent } from '../openapi-components';
import { validationHook } from '../validation-hook';
import { errorResponses } from './error-responses';

const endpoint = (name: string, example: string) =>
  z
    .string()
    .trim()
    .min(1, `${name} must not be empty`)
    .max(200, `${name} must be at most 200 characters`)
    .openapi({ example });

const route = createRoute({
  method: 'get',
  path: '/api/path',
  tags: ['graph'],
  summary: 'How two concepts connect, with the evidence on each step',
  description:
    '`from` and `to` are concept ids or aliases. `found: false` (with no steps) when the concepts are not ' +
    'connected; 404 when either is unknown.',
  request: { query: z.object({ from: endpoint('from', 'docker0'), to: endpoint('to', 'iptables') }) },
  responses: {
    200: {
      description: 'The shortest path',
      content: { 'application/json': { schema: PathResultComponent } },
    },
    ...errorResponses(400, 404, 429),
  },
});

/** `GET /api/path?from=&to=`. */
export function pathRoutes(deps: Pick<AppDeps, 'knowledge'>) {
  return new OpenAPIHono<AppEnv>({ defaultHook: validationHook }).openapi(route, (c) => {
    const { from, to } = c.req.valid('query');
    const snapshot = deps.knowledge.current;
    const fromId = snapshot.resolveConcept(from);
    const toId = snapshot.resolveConcept(to);
    const unknown = [!fromId && `"${from}"`, !toId && `"${to}"`].filter(Boolean);
    if (!fromId || !toId) throw new ApiError('not_found', `no concept ${unknown.join(' or ')} in the notes`);
    return c.json(snapshot.findPath(fromId, toId), 200);
  });
}
