import {
  AnswerSchema,
  AskRequestSchema,
  ChatRequestSchema,
  ChatStudyEventSchema,
  ClearedGapsSchema,
  ConceptDetailSchema,
  ConceptSearchResultSchema,
  DueCardsSchema,
  ErrorBodySchema,
  GapSettingsSchema,
  GraphExportSchema,
  HealthSchema,
  LearnerTokenSchema,
  PathResultSchema,
  QuizAnswersRequestSchema,
  QuizRequestSchema,
  QuizResultSchema,
  QuizSchema,
  ReviewRequestSchema,
  ReviewResultSchema,
  StudyCardListSchema,
  StudyExportSchema,
  StudyGapsSchema,
  StudyImportResultSchema,
  StudyPathSchema,
  StudyProgressSchema,
  TutorEventSchema,
} from '@notetutor/contracts';

// The wire schemas from `@notetutor/contracts`, named so the OpenAPI document lists each once under
// `components.schemas` and refers to it. Named with zod's own `.meta({ id })` (which the OpenAPI generator
// reads) rather than `.openapi()`, which only exists on schemas created after @hono/zod-openapi loaded.
export const AnswerComponent = AnswerSchema.meta({ id: 'Answer' });
export const AskRequestComponent = AskRequestSchema.meta({ id: 'AskRequest' });
export const ChatRequestComponent = ChatRequestSchema.meta({ id: 'ChatRequest' });
export const ConceptDetailComponent = ConceptDetailSchema.meta({ id: 'ConceptDetail' });
export const ConceptSearchResultComponent = ConceptSearchResultSchema.meta({ id: 'ConceptSearchResult' });
export const ErrorComponent = ErrorBodySchema.meta({ id: 'Error' });
export const GraphExportComponent = GraphExportSchema.meta({ id: 'GraphExport' });
export const HealthComponent = HealthSchema.meta({ id: 'Health' });
export const PathResultComponent = PathResultSchema.meta({ id: 'PathResult' });
export const TutorEventComponent = TutorEventSchema.meta({ id: 'TutorEvent' });
export const DueCardsComponent = DueCardsSchema.meta({ id: 'DueCards' });
export const LearnerTokenComponent = LearnerTokenSchema.meta({ id: 'LearnerToken' });
export const ReviewRequestComponent = ReviewRequestSchema.meta({ id: 'ReviewRequest' });
export const ReviewResultComponent = ReviewResultSchema.meta({ id: 'ReviewResult' });
export const StudyCardListComponent = StudyCardListSchema.meta({ id: 'StudyCardList' });
export const StudyExportComponent = StudyExportSchema.meta({ id: 'StudyExport' });
export const StudyImportResultComponent = StudyImportResultSchema.meta({ id: 'StudyImportResult' });
export const StudyProgressComponent = StudyProgressSchema.meta({ id: 'StudyProgress' });
export const QuizRequestComponent = QuizRequestSchema.meta({ id: 'QuizRequest' });
export const QuizComponent = QuizSchema.meta({ id: 'Quiz' });
export const QuizAnswersRequestComponent = QuizAnswersRequestSchema.meta({ id: 'QuizAnswersRequest' });
export const QuizResultComponent = QuizResultSchema.meta({ id: 'QuizResult' });
export const StudyPathComponent = StudyPathSchema.meta({ id: 'StudyPath' });
export const ChatStudyEventComponent = ChatStudyEventSchema.meta({ id: 'ChatStudyEvent' });
export const StudyGapsComponent = StudyGapsSchema.meta({ id: 'StudyGaps' });
export const GapSettingsComponent = GapSettingsSchema.meta({ id: 'GapSettings' });
export const ClearedGapsComponent = ClearedGapsSchema.meta({ id: 'ClearedGaps' });
