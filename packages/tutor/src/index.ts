// What apps use; everything else is internal to the package (see its TSDoc and DESIGN.md).
export { type CreateTutorOptions, createTutor, type ModelFailureReport } from './create-tutor';
export { groundLexically } from './grounding/ground-lexically';
export { groundQuestion } from './grounding/ground-question';
export {
  adoptIndexData,
  computeIndexData,
  prepareIndex,
  type TutorIndex,
  type TutorIndexData,
  warmLanguageData,
} from './grounding/prepare-index';
export { citationForPassage } from './llm/citation-for-passage';
export { gradingFallbackNotice } from './llm/describe-model-failure';
export {
  createExplanationGrader,
  type ExplanationGrade,
  type ExplanationGrader,
  type ExplanationInput,
  type ExplanationVerdict,
} from './llm/grade-explanation';
export { modelConfigFromEnv } from './llm/model-config-from-env';
export { ModelFailure } from './llm/model-failure';
export type { PromptPassage } from './llm/select-prompt-passages';
export { composeOfflineAnswer } from './offline/compose-offline-answer';
export type * from './types';
