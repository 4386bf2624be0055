import { createMiddleware } from 'hono/factory';
import { ApiError } from '../api-error';
import type { AppEnv } from '../app-env';
import type { StudyService } from '../study/study-service';

/** `Bearer <learner token>` (the scheme in any case, as HTTP reads it; the token exactly); the token is group 1. */
export const LEARNER_BEARER = /^[Bb][Ee][Aa][Rr][Ee][Rr]\s+(nt_[A-Za-z0-9_-]{43})\s*$/;

const unauthorized = (message: string) =>
  new ApiError('unauthorized', message, { 'WWW-Authenticate': 'Bearer realm="study"' });

/**
 * Lets a request through only with `Authorization: Bearer <learner token>` naming a learner, who is put on
 * the context as `learner`; 401 `unauthorized` otherwise. A malformed token is refused without a database
 * look-up. The token is never logged (the access log does not record headers).
 *
 * @example
 * app.get('/api/study/due', requireLearner(study), (c) => c.json(c.get('learner')));
 */
export function requireLearner(study: Pick<StudyService, 'authenticate'>) {
  return createMiddleware<AppEnv>(async (c, next) => {
    const header = c.req.header('authorization');
    if (!header)
      throw unauthorized(
        'study routes need a learner token: send Authorization: Bearer <token> (POST /api/learners makes one)',
      );
    const token = LEARNER_BEARER.exec(header)?.[1];
    if (!token) throw unauthorized('the Authorization header is not "Bearer <learner token>"');
    const learner = await study.authenticate(token);
    if (!learner) throw unauthorized('unknown learner token; POST /api/learners makes a new one');
    c.set('learner', learner);
    await next();
  });
}
