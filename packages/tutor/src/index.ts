export { type CreateTutorOptions, createTutor, type ModelFailureReport } from './create-tutor';
export { buildConceptAdjacency, type ConceptAdjacency } from './grounding/concept-adjacency';
export { conceptLabel } from './grounding/concept-label';
export { type Coverage, type CoverageInput, decideCoverage } from './grounding/decide-coverage';
export { detectQuestionShape, type QuestionShape } from './grounding/detect-question-shape';
export { expandConcepts } from './grounding/expand-concepts';
export { findConceptPath } from './grounding/find-concept-path';
export { groundLexically } from './grounding/ground-lexically';
export { groundQuestion } from './grounding/ground-question';
export { type ConceptLink, linkQuestionToConcepts } from './grounding/link-question-to-concepts';
export { passageInLanguage } from './grounding/passage-in-language';
export {
  type AnswerLanguage,
  buildPassageIndex,
  type IndexSource,
  type PassageIndex,
} from './grounding/passage-index';
export {
  adoptIndexData,
  computeIndexData,
  prepareIndex,
  type TutorIndex,
  type TutorIndexData,
} from './grounding/prepare-index';
export { type RankedCandidate, type RankingQuery, rankPassages } from './grounding/rank-passages';
export { type FollowUpContext, resolveFollowUp } from './grounding/resolve-follow-up';
export { type Bm25Result, type QueryTerm, scoreBm25 } from './grounding/score-bm25';
export { citationForPassage } from './llm/citation-for-passage';
export { CitationMarkFilter } from './llm/citation-mark-filter';
export { createChatClient } from './llm/create-chat-client';
export { fallbackNotice, gradingFallbackNotice, modelErrorMessage } from './llm/describe-model-failure';
export { escapePromptText } from './llm/escape-prompt-text';
export {
  type GenerateLlmAnswerOptions,
  generateLlmAnswer,
  type LlmAnswerStep,
} from './llm/generate-llm-answer';
export {
  createExplanationGrader,
  type ExplanationGrade,
  type ExplanationGrader,
  type ExplanationInput,
  type ExplanationVerdict,
  explanationPrompt,
  parseExplanationVerdict,
} from './llm/grade-explanation';
export {
  DEFAULT_TUTOR_MAX_RETRIES,
  DEFAULT_TUTOR_MODEL,
  DEFAULT_TUTOR_TIMEOUT_MS,
  modelConfigFromEnv,
} from './llm/model-config-from-env';
export { ModelFailure, type ModelFailureKind } from './llm/model-failure';
export type { PassageStore } from './llm/passage-store';
export { ReasoningFilter } from './llm/reasoning-filter';
export { renumberCitationMarks } from './llm/renumber-citation-marks';
export { type PromptPassage, selectPromptPassages } from './llm/select-prompt-passages';
export {
  MAX_RETRY_DELAY_MS,
  STREAM_LIMIT_FACTOR,
  type StreamModelTextOptions,
  streamModelText,
} from './llm/stream-model-text';
export { type PromptMessage, type TutorPromptInput, tutorPromptChain } from './llm/tutor-prompt';
export { composeDecline } from './offline/compose-decline';
export { composeOfflineAnswer } from './offline/compose-offline-answer';
export { offlineAnswerEvents } from './offline/offline-answer-events';
export { detectLanguage } from './text/detect-language';
export { normalizeForSearch } from './text/normalize-for-search';
export { buildSpellingCorrector, type SpellingCorrector } from './text/spelling-corrector';
export { stemEnglish } from './text/stem-english';
export { tokenize } from './text/tokenize';
export type * from './types';
