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
} from './grounding/prepare-index';
export { citationForPassage } from './llm/citation-for-passage';
export { modelConfigFromEnv } from './llm/model-config-from-env';
export { composeOfflineAnswer } from './offline/compose-offline-answer';
export type * from './types';
