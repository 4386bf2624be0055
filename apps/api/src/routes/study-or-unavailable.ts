import { ApiError } from '../api-error';
import type { AppDeps } from '../app-deps';
import type { StudyService } from '../study/study-service';

/** The study service, or 503 `store_unavailable` when this server runs without one. */
export function studyOrUnavailable(deps: Pick<AppDeps, 'study'>): StudyService {
  if (!deps.study) throw new ApiError('store_unavailable', 'study is not set up on this server');
  return deps.study;
}
