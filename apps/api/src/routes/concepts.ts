import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import { ApiError } from '../api-error';
import type { AppDeps } from '../app-deps';
import type { AppEnv } from '../app-env';
import { ConceptDetailComponent, ConceptSearchResultComponent } from '../openapi-components';
import { validationHook } from '../validation-hook';
import { errorResponses } from './error-responses';

const searchRoute = createRoute({
  method: 'get',
  path: '/api/concepts',
  tags: ['graph'],
  summary: 'Find concepts by any alias',
  description:
    'Matches Chinese and English labels and every alias (the notes’ own spellings included), case- and ' +
    'width-insensitively: exact matches first, then prefixes, then substrings, ties broken by centrality. ' +
    'An empty `q` lists the most central concepts.',
  request: {
    query: z.object({
      q: z.string().max(200, 'q must be at most 200 characters').default('').openapi({ example: 'overlay2' }),
      limit: z.coerce
        .number()
        .int('limit must be a whole number')
        .min(1, 'limit must be at least 1')
        .max(100, 'limit must be at most 100')
        .default(20),
    }),
  },
  responses: {
    200: {
      description: 'Matching concepts, best first',
      content: { 'application/json': { schema: ConceptSearchResultComponent } },
    },
    ...errorResponses(400, 429),
  },
});

const detailRoute = createRoute({
  method: 'get',
  path: '/api/concepts/{id}',
  tags: ['graph'],
  summary: 'One concept: definition, evidence passages and neighbours',
  description:
    '`id` is a concept id; any alias works too. With `lang`, passages are shown in that language where the ' +
    'notes have a translation.',
  request: {
    query: z.object({ lang: z.enum(['zh', 'en']).optional() }),
    params: z.object({
      id: z
        .string()
        .min(1)
        .max(200, 'id must be at most 200 characters')
        .openapi({ param: { name: 'id', in: 'path' }, example: 'namespace' }),
    }),
  },
  responses: {
    200: {
      description: 'The concept',
      content: { 'application/json': { schema: ConceptDetailComponent } },
    },
    ...errorResponses(400, 404, 429),
  },
});

/** `GET /api/concepts?q=` and `GET /api/concepts/:id`. */
export function conceptRoutes(deps: Pick<AppDeps, 'knowledge'>) {
  return new OpenAPIHono<AppEnv>({ defaultHook: validationHook })
    .openapi(searchRoute, (c) => {
      const { q, limit } = c.req.valid('query');
      const concepts = deps.knowledge.current.searchConcepts(q.trim(), limit);
      return c.json({ query: q, concepts }, 200);
    })
    .openapi(detailRoute, (c) => {
      const { id } = c.req.valid('param');
      const { lang } = c.req.valid('query');
      const snapshot = deps.knowledge.current;
      const resolved = snapshot.resolveConcept(id);
      const detail = resolved ? snapshot.describeConcept(resolved, lang) : undefined;
      if (!detail) throw new ApiError('not_found', `no concept "${id}" in the notes`);
      return c.json(detail, 200);
    });
}
