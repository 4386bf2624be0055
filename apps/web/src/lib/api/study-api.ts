import type { CardSchedule, ConceptProgress, DueCards } from '@notetutor/contracts';
import type { UiLanguage } from '../i18n/language';
import { toConceptProgress, toDueCards, toReviewSchedule } from '../validate/to-study';
import { ApiError } from './api-error';
import { fetchJson } from './fetch-json';

/** Fired on `window` after a review, so the header's due count refreshes. */
export const STUDY_REVIEWED_EVENT = 'notetutor:study-reviewed';

/** `GET /api/study/due`, validated. The learner is the browser's cookie (the proxy adds the token). */
export async function loadDueCards(
  options: { lang: UiLanguage; limit: number; concept?: string | undefined },
  signal?: AbortSignal,
): Promise<DueCards> {
  const query = new URLSearchParams({ lang: options.lang, limit: String(options.limit) });
  if (options.concept) query.set('concept', options.concept);
  const json = await fetchJson(`/api/study/due?${query}`, signal ? { signal } : {});
  const due = toDueCards(json);
  if (!due) throw new ApiError('bad_response', 'the due cards came back in an unexpected shape');
  return due;
}

/** `POST /api/study/reviews`; a retried call with the same `reviewId` applies once. */
export async function postReview(review: {
  cardId: string;
  rating: 1 | 2 | 3 | 4;
  reviewId: string;
  cardVersion: number;
}): Promise<CardSchedule> {
  const json = await fetchJson('/api/study/reviews', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(review),
  });
  const schedule = toReviewSchedule(json);
  if (!schedule) throw new ApiError('bad_response', 'the review came back in an unexpected shape');
  if (typeof window !== 'undefined') window.dispatchEvent(new Event(STUDY_REVIEWED_EVENT));
  return schedule;
}

/** `GET /api/study/progress?concept=`: that concept's mastery, or undefined when it has no cards. */
export async function loadConceptProgress(
  concept: string,
  signal?: AbortSignal,
): Promise<ConceptProgress | undefined> {
  const json = await fetchJson(
    `/api/study/progress?concept=${encodeURIComponent(concept)}`,
    signal ? { signal } : {},
  );
  return toConceptProgress(json)[0];
}
