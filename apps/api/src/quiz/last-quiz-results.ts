import type { ReviewRecord } from '@notetutor/db';
import type { Deck } from '@notetutor/study';

/** What every quiz id starts with (`quiz_<hex>`, no `-`), so a quiz's reviews can be told from others. */
const QUIZ_PREFIX = 'quiz_';

/** The review id a quiz answer is recorded under: the quiz's and the question's, so it applies once. */
export function quizReviewId(quizId: string, questionId: string): string {
  return `${quizId}-${questionId}`.slice(0, 100);
}

/** A concept's questions in the last quiz that asked about it. */
export interface LastQuizResult {
  correct: number;
  total: number;
  /** When its last answer was recorded, ms. */
  at: number;
}

/**
 * Per concept (the subject of the card an answer was recorded on), how the learner did in the latest quiz
 * that asked about it: right answers are recorded as "good", wrong ones as "again" (see the quiz service).
 *
 * @example
 * lastQuizResults(deck, await store.listReviews(learnerId)).get('bridge'); // { correct: 1, total: 2, at }
 */
export function lastQuizResults(deck: Deck, reviews: readonly ReviewRecord[]): Map<string, LastQuizResult> {
  const latest = new Map<string, { quizId: string; result: LastQuizResult }>();
  for (const review of reviews) {
    if (!review.reviewId.startsWith(QUIZ_PREFIX)) continue;
    const dash = review.reviewId.indexOf('-');
    if (dash < 0) continue;
    const quizId = review.reviewId.slice(0, dash);
    const concept = deck.byId.get(review.cardId)?.conceptIds[0];
    if (!concept) continue;
    const right = review.rating >= 3 ? 1 : 0;
    const seen = latest.get(concept);
    if (seen && seen.quizId === quizId) {
      seen.result.correct += right;
      seen.result.total += 1;
      seen.result.at = Math.max(seen.result.at, review.reviewedAt);
    } else if (!seen || review.reviewedAt >= seen.result.at) {
      latest.set(concept, { quizId, result: { correct: right, total: 1, at: review.reviewedAt } });
    }
  }
  return new Map([...latest].map(([concept, { result }]) => [concept, result]));
}
