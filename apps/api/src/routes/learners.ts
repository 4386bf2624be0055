import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import type { AppDeps } from '../app-deps';
import type { AppEnv } from '../app-env';
import { LearnerTokenComponent } from '../openapi-components';
import { validationHook } from '../validation-hook';
import { errorResponses } from './error-responses';
import { studyOrUnavailable } from './study-or-unavailable';

const route = createRoute({
  method: 'post',
  path: '/api/learners',
  tags: ['study'],
  summary: 'Make a learner and its token',
  description:
    'Returns an opaque token (256 random bits) shown only this once: the server keeps its SHA-256 hash. ' +
    'Send it as `Authorization: Bearer <token>` on the study routes. No body.',
  responses: {
    201: {
      description: 'The new learner',
      content: { 'application/json': { schema: LearnerTokenComponent } },
    },
    ...errorResponses(429, 503),
  },
});

/** `POST /api/learners`. */
export function learnerRoutes(deps: Pick<AppDeps, 'study'>) {
  return new OpenAPIHono<AppEnv>({ defaultHook: validationHook }).openapi(route, async (c) => {
    const created = await studyOrUnavailable(deps).createLearner();
    c.header('Cache-Control', 'no-store');
    return c.json(created, 201);
  });
}
