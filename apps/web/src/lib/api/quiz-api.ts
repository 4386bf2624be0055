import type { ConceptProgress, QuizAnswer, QuizResult, StudyPath } from '@notetutor/contracts';
import type { UiLanguage } from '../i18n/language';
import { toQuizResult, toStudyPath } from '../validate/to-quiz';
import { toConceptProgress } from '../validate/to-study';
import { ApiError } from './api-error';
import { fetchJson } from './fetch-json';
import { STUDY_REVIEWED_EVENT } from './study-api';

/**
 * `POST /api/quiz/{id}/answers`, validated. The proxy adds the learner's token, so answered questions are
 * recorded (once each) and move mastery; the header's due count is told to refresh.
 */
export async function postQuizAnswers(quizId: string, answers: QuizAnswer[]): Promise<QuizResult> {
  const json = await fetchJson(`/api/quiz/${encodeURIComponent(quizId)}/answers`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ answers }),
  });
  const result = toQuizResult(json);
  if (!result) throw new ApiError('bad_response', 'the graded quiz came back in an unexpected shape');
  if (result.recorded && typeof window !== 'undefined') window.dispatchEvent(new Event(STUDY_REVIEWED_EVENT));
  return result;
}

/** `GET /api/study/path?to=` (no `to`: where to start), for this browser's learner. */
export async function loadStudyPath(
  to: string | undefined,
  lang: UiLanguage,
  signal?: AbortSignal,
): Promise<StudyPath> {
  const query = new URLSearchParams({ lang });
  if (to) query.set('to', to);
  const json = await fetchJson(`/api/study/path?${query}`, signal ? { signal } : {});
  const path = toStudyPath(json);
  if (!path) throw new ApiError('bad_response', 'the study path came back in an unexpected shape');
  return path;
}

/** `GET /api/study/progress`: every concept's mastery for this browser's learner, by concept id. */
export async function loadMasteryMap(signal?: AbortSignal): Promise<Map<string, ConceptProgress>> {
  const json = await fetchJson('/api/study/progress', signal ? { signal } : {});
  return new Map(toConceptProgress(json).map((p) => [p.concept.id, p]));
}
