import { createMiddleware } from 'hono/factory';
import type { AppEnv } from '../app-env';
import type { StudyService } from '../study/study-service';
import { requireLearner } from './require-learner';

/**
 * Like `requireLearner` when the request carries an `Authorization` header (a bad or unknown token is a
 * 401, never silently anonymous); without one, the request goes on anonymously (`learner` unset). Without
 * a study service there are no learners: the header is ignored.
 *
 * @example app.post('/api/quiz', optionalLearner(deps.study), handler);
 */
export function optionalLearner(study: Pick<StudyService, 'authenticate'> | undefined) {
  return createMiddleware<AppEnv>(async (c, next) => {
    if (!study || !c.req.header('authorization')) return next();
    return requireLearner(study)(c, next);
  });
}
