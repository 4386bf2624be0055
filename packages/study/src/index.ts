export { buildDeck, type Deck } from './cards/build-deck';
export { cardId, contentHash } from './cards/card-id';
export type { CardFace, DeckCard } from './cards/deck-card';
export { isQuotableSentence } from './cards/is-quotable-sentence';
export { makeContrastCards } from './cards/make-contrast-cards';
export { makeDefinitionCards } from './cards/make-definition-cards';
export { makeRelationCards } from './cards/make-relation-cards';
export { isEmptyReconciliation, planReconciliation, type Reconciliation } from './cards/plan-reconciliation';
export {
  buildDueQueue,
  type DueQueue,
  type DueQueueOptions,
  type QueueCardState,
} from './schedule/build-due-queue';
export { type ConceptMastery, conceptMastery } from './schedule/concept-mastery';
export { retrievability, STATE_NAMES, scheduleReview, toFsrsCard } from './schedule/schedule-review';
export type { ReviewLogFigures, SchedulingState } from './schedule/scheduling-state';
