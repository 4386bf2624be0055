import { createMiddleware } from 'hono/factory';
import type { AppEnv } from '../app-env';
import type { StudyService } from '../study/study-service';
import { LEARNER_BEARER } from './require-learner';

/**
 * For the tutor routes: puts the learner a bearer token names on the context (`learner`), so what they ask
 * can be kept for them (their gaps). Never refuses a request: no header, another kind of bearer (an OpenAI
 * client's API key on `/v1`), an unknown token or a database that cannot serve all go on anonymously.
 *
 * @example app.post('/api/ask', identifyLearner(deps.study), handler);
 */
export function identifyLearner(study: Pick<StudyService, 'authenticate'> | undefined) {
  return createMiddleware<AppEnv>(async (c, next) => {
    const token = study ? LEARNER_BEARER.exec(c.req.header('authorization') ?? '')?.[1] : undefined;
    if (study && token) {
      const learner = await study.authenticate(token).catch(() => undefined);
      if (learner) c.set('learner', learner);
    }
    await next();
  });
}
