import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import type { LearnerRecord } from '@notetutor/db';
import type { KnowledgeBase } from '@notetutor/graph';
import { findKnowledgeGaps, type KnowledgeGaps } from '@notetutor/study';
import type { AppDeps } from '../app-deps';
import type { AppEnv } from '../app-env';
import { bodyLimit } from '../middleware/body-limit';
import { requireJson } from '../middleware/content-type';
import { optionalLearner } from '../middleware/optional-learner';
import { requireLearner } from '../middleware/require-learner';
import { ClearedGapsComponent, GapSettingsComponent, StudyGapsComponent } from '../openapi-components';
import { deckOf } from '../study/deck-of';
import { validationHook } from '../validation-hook';
import { errorResponses } from './error-responses';
import { studyOrUnavailable } from './study-or-unavailable';

const optionalToken: Record<string, string[]>[] = [{}, { learnerToken: [] }];
const tokenOnly: Record<string, string[]>[] = [{ learnerToken: [] }];
const lang = z.enum(['zh', 'en']).optional().openapi({ description: 'Label concepts in this language' });

const gapsRoute = createRoute({
  method: 'get',
  path: '/api/study/gaps',
  tags: ['study'],
  security: optionalToken,
  summary: 'What your notes are missing: questions they did not answer, undefined concepts, loose relations',
  description:
    'From the notes (no token needed): concepts mentioned but never defined, concepts only one passage ' +
    'speaks of, and pairs of concepts that only occur together (`related-to`) — each with the passages ' +
    'involved (file, line, text), at most `limit` of each, in a fixed order. With a learner token also ' +
    '`asked`: the learner’s questions the tutor declined or answered only partly (from `/api/ask`, ' +
    '`/api/chat` and `/v1/chat/completions` with the token), most recent first. Nothing is written to the notes.',
  request: {
    query: z.object({
      lang,
      limit: z.coerce
        .number()
        .int('limit must be a whole number')
        .min(1, 'limit must be at least 1')
        .max(100, 'limit must be at most 100')
        .default(30),
    }),
  },
  responses: {
    200: { description: 'The gaps', content: { 'application/json': { schema: StudyGapsComponent } } },
    ...errorResponses(400, 401, 429, 503),
  },
});

const clearRoute = createRoute({
  method: 'delete',
  path: '/api/study/gaps/questions',
  tags: ['study'],
  security: tokenOnly,
  summary: 'Forget every question of yours the notes did not answer',
  responses: {
    200: {
      description: 'How many were forgotten',
      content: { 'application/json': { schema: ClearedGapsComponent } },
    },
    ...errorResponses(401, 429, 503),
  },
});

const settingsRoute = createRoute({
  method: 'put',
  path: '/api/study/gaps/settings',
  tags: ['study'],
  security: tokenOnly,
  summary: 'Turn keeping your unanswered questions on or off',
  description: 'With `recording: false`, questions the tutor declines or answers partly are no longer kept.',
  request: { body: { required: true, content: { 'application/json': { schema: GapSettingsComponent } } } },
  responses: {
    200: {
      description: 'The setting now',
      content: { 'application/json': { schema: GapSettingsComponent } },
    },
    ...errorResponses(400, 401, 413, 415, 429, 503),
  },
});

/**
 * `GET /api/study/gaps` (learner token optional), `DELETE /api/study/gaps/questions` and
 * `PUT /api/study/gaps/settings` (token required). Mounted before the study routes, whose token check
 * covers `/api/study/*`.
 */
export function gapRoutes(deps: Pick<AppDeps, 'study' | 'limits' | 'knowledge'>) {
  const app = new OpenAPIHono<AppEnv>({ defaultHook: validationHook });
  const study = () => studyOrUnavailable(deps);
  const found = new WeakMap<KnowledgeBase, Map<string, KnowledgeGaps>>();
  /** The notes' gaps, computed once per knowledge base, language and limit. */
  const knowledgeGaps = (kb: KnowledgeBase, language: 'zh' | 'en' | undefined, limit: number) => {
    let byKey = found.get(kb);
    if (!byKey) {
      byKey = new Map();
      found.set(kb, byKey);
    }
    const key = `${language ?? ''}|${limit}`;
    let gaps = byKey.get(key);
    if (!gaps) {
      gaps = findKnowledgeGaps(kb, deckOf(kb), { limit, ...(language ? { lang: language } : {}) });
      byKey.set(key, gaps);
    }
    return gaps;
  };
  // `/api/study/gaps/*` covers `/api/study/gaps` too.
  app.use('/api/study/gaps/*', async (c, next) => {
    c.header('Cache-Control', 'no-store');
    await next();
  });
  app.use('/api/study/gaps', optionalLearner(deps.study));
  app.use('/api/study/gaps/questions', async (c, next) => requireLearner(study())(c, next));
  app.use(
    '/api/study/gaps/settings',
    async (c, next) => requireLearner(study())(c, next),
    requireJson(),
    bodyLimit(deps.limits.maxBodyBytes),
  );
  return app
    .openapi(gapsRoute, async (c) => {
      const { lang: language, limit } = c.req.valid('query');
      const learner = c.get('learner') as LearnerRecord | undefined;
      const asked = learner ? await study().askedGaps(learner) : null;
      return c.json({ asked, ...knowledgeGaps(deps.knowledge.current.kb, language, limit) }, 200);
    })
    .openapi(clearRoute, async (c) => c.json(await study().clearAskedGaps(c.get('learner')), 200))
    .openapi(settingsRoute, async (c) =>
      c.json(await study().setGapRecording(c.get('learner'), c.req.valid('json')), 200),
    );
}
