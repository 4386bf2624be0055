export { type AskedGapInput, askedGapKey, MAX_ASKED_GAPS } from './asked-gap-queries';
export { type OpenStoreOptions, openStudyStore, type StoreLocation } from './open-study-store';
export type { StoreDialect } from './store-dialect';
export type * from './store-records';
export { describeStoreFailure, StoreUnavailableError } from './store-unavailable-error';
export {
  createStudyStore,
  type RecordReviewInput,
  type ScheduledReview,
  type StudyStore,
} from './study-store';
