export { buildDeck, type Deck } from './cards/build-deck';
export { cardId, contentHash } from './cards/card-id';
export type { CardFace, DeckCard } from './cards/deck-card';
export { isQuotableSentence } from './cards/is-quotable-sentence';
export { makeContrastCards } from './cards/make-contrast-cards';
export { makeDefinitionCards } from './cards/make-definition-cards';
export { makeRelationCards } from './cards/make-relation-cards';
export { isEmptyReconciliation, planReconciliation, type Reconciliation } from './cards/plan-reconciliation';
export { findKnowledgeGaps, type KnowledgeGapOptions, type KnowledgeGaps } from './gaps/find-knowledge-gaps';
export { buildStudyPath, MASTERED, type StudyPathOptions } from './path/build-study-path';
export { PREREQUISITE_END } from './path/prerequisite-of';
export { type BuildQuizOptions, type BuiltQuiz, buildQuiz } from './quiz/build-quiz';
export { type ConceptSibling, conceptSiblings } from './quiz/concept-siblings';
export { gradeQuizItem } from './quiz/grade-quiz-item';
export { isJunkConcept } from './quiz/is-junk-concept';
export { makeQuizItems } from './quiz/make-quiz-items';
export type { QuizItem } from './quiz/quiz-item';
export {
  type QuizQualityCounts,
  type QuizQualityReport,
  quizQualityReport,
} from './quiz/quiz-quality-report';
export { resolveQuizTopic } from './quiz/resolve-quiz-topic';
export { createSeededRandom, type SeededRandom } from './quiz/seeded-random';
export {
  buildDueQueue,
  type DueQueue,
  type DueQueueOptions,
  type QueueCardState,
} from './schedule/build-due-queue';
export { type ConceptMastery, conceptMastery } from './schedule/concept-mastery';
export { retrievability, STATE_NAMES, scheduleReview, toFsrsCard } from './schedule/schedule-review';
export type { ReviewLogFigures, SchedulingState } from './schedule/scheduling-state';
