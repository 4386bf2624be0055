import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import type { AppDeps } from '../app-deps';
import type { AppEnv } from '../app-env';
import { bodyLimit } from '../middleware/body-limit';
import { requireJson } from '../middleware/content-type';
import { requireLearner } from '../middleware/require-learner';
import {
  DueCardsComponent,
  ReviewRequestComponent,
  ReviewResultComponent,
  StudyCardListComponent,
  StudyExportComponent,
  StudyImportResultComponent,
  StudyProgressComponent,
} from '../openapi-components';
import { validationHook } from '../validation-hook';
import { errorResponses } from './error-responses';
import { studyOrUnavailable } from './study-or-unavailable';

/** Largest import accepted: a learner's whole review log. */
const MAX_IMPORT_BYTES = 16 * 1024 * 1024;
const security = [{ learnerToken: [] }];
const lang = z
  .enum(['zh', 'en'])
  .optional()
  .openapi({ description: 'Show cards in this language where the notes allow' });
const concept = z.string().min(1).max(200).optional();

const dueRoute = createRoute({
  method: 'get',
  path: '/api/study/due',
  tags: ['study'],
  security,
  summary: 'The cards due now, oldest first, then today’s new cards',
  description:
    'With `concept`, that concept’s due and new cards (whatever the day’s allowance of new cards). ' +
    '`dueToday` counts the cards due before this time tomorrow; `nextDue` is when the next one comes.',
  request: {
    query: z.object({
      limit: z.coerce
        .number()
        .int('limit must be a whole number')
        .min(1, 'limit must be at least 1')
        .max(200, 'limit must be at most 200')
        .default(20),
      lang,
      concept,
    }),
  },
  responses: {
    200: { description: 'Due cards', content: { 'application/json': { schema: DueCardsComponent } } },
    ...errorResponses(400, 401, 429, 503),
  },
});

const reviewRoute = createRoute({
  method: 'post',
  path: '/api/study/reviews',
  tags: ['study'],
  security,
  summary: 'Rate a card: 1 again, 2 hard, 3 good, 4 easy',
  description:
    'Schedules the card with FSRS and logs the review. Sending the same `reviewId` again applies it once ' +
    '(`applied: false`). With `cardVersion`, a card reviewed elsewhere since (another tab) is a 409.',
  request: { body: { required: true, content: { 'application/json': { schema: ReviewRequestComponent } } } },
  responses: {
    200: {
      description: 'The card’s new schedule',
      content: { 'application/json': { schema: ReviewResultComponent } },
    },
    ...errorResponses(400, 401, 404, 409, 413, 415, 429, 503),
  },
});

const cardsRoute = createRoute({
  method: 'get',
  path: '/api/study/cards',
  tags: ['study'],
  security,
  summary: 'Every card the notes make, with this learner’s schedule of each',
  request: { query: z.object({ lang }) },
  responses: {
    200: { description: 'All cards', content: { 'application/json': { schema: StudyCardListComponent } } },
    ...errorResponses(400, 401, 429, 503),
  },
});

const progressRoute = createRoute({
  method: 'get',
  path: '/api/study/progress',
  tags: ['study'],
  security,
  summary: 'Per concept: mastery (mean FSRS recall probability of its cards), due cards, last review',
  request: { query: z.object({ concept }) },
  responses: {
    200: { description: 'Progress', content: { 'application/json': { schema: StudyProgressComponent } } },
    ...errorResponses(400, 401, 429, 503),
  },
});

const exportRoute = createRoute({
  method: 'get',
  path: '/api/study/export',
  tags: ['study'],
  security,
  summary: 'Export: the learner’s state as JSON, or the cards as a TSV that Anki imports',
  description:
    '`format=json`: every card state and the whole review log (import it with `POST /api/study/import`). ' +
    '`format=anki`: front, back (answer, quoted notes, file and line) and tags, tab-separated.',
  request: { query: z.object({ format: z.enum(['json', 'anki']).default('json'), lang }) },
  responses: {
    200: {
      description: 'The export',
      content: {
        'application/json': { schema: StudyExportComponent },
        'text/tab-separated-values': { schema: z.string() },
      },
    },
    ...errorResponses(400, 401, 429, 503),
  },
});

const importRoute = createRoute({
  method: 'post',
  path: '/api/study/import',
  tags: ['study'],
  security,
  summary: 'Import a JSON export into this learner',
  description:
    'Adds reviews not yet known (by `reviewId`) and card states newer than the stored ones; importing the ' +
    'same file twice changes nothing the second time. Cards are reconciled with the notes on the next request.',
  request: { body: { required: true, content: { 'application/json': { schema: StudyExportComponent } } } },
  responses: {
    200: {
      description: 'What was added',
      content: { 'application/json': { schema: StudyImportResultComponent } },
    },
    ...errorResponses(400, 401, 413, 415, 429, 503),
  },
});

/** The study routes under `/api/study`: all need a learner's bearer token. */
export function studyRoutes(deps: Pick<AppDeps, 'study' | 'limits'>) {
  const app = new OpenAPIHono<AppEnv>({ defaultHook: validationHook });
  const study = () => studyOrUnavailable(deps);
  app.openAPIRegistry.registerComponent('securitySchemes', 'learnerToken', {
    type: 'http',
    scheme: 'bearer',
    description: 'A learner token from `POST /api/learners`',
  });
  app.use('/api/study/*', async (c, next) => requireLearner(study())(c, next));
  app.use('/api/study/reviews', requireJson(), bodyLimit(deps.limits.maxBodyBytes));
  app.use('/api/study/import', requireJson(), bodyLimit(MAX_IMPORT_BYTES));
  // Set before the handler: a header added to a finished response makes Hono rebuild it as a stream.
  app.use('/api/study/*', async (c, next) => {
    c.header('Cache-Control', 'no-store');
    await next();
  });
  return app
    .openapi(dueRoute, async (c) => {
      const query = c.req.valid('query');
      return c.json(await study().due(c.get('learner'), query), 200);
    })
    .openapi(reviewRoute, async (c) =>
      c.json(await study().review(c.get('learner'), c.req.valid('json')), 200),
    )
    .openapi(cardsRoute, async (c) =>
      c.json(await study().cards(c.get('learner'), c.req.valid('query').lang), 200),
    )
    .openapi(progressRoute, async (c) =>
      c.json(await study().progress(c.get('learner'), c.req.valid('query').concept), 200),
    )
    .openapi(exportRoute, async (c) => {
      const { format, lang: language } = c.req.valid('query');
      const learner = c.get('learner');
      if (format === 'anki') {
        c.header('Content-Type', 'text/tab-separated-values; charset=UTF-8');
        c.header('Content-Disposition', 'attachment; filename="notetutor-cards.tsv"');
        return c.body(await study().exportAnki(learner, language), 200) as never;
      }
      c.header('Content-Disposition', 'attachment; filename="notetutor-study.json"');
      return c.json(await study().exportJson(learner), 200);
    })
    .openapi(importRoute, async (c) =>
      c.json(await study().importJson(c.get('learner'), c.req.valid('json')), 200),
    );
}
