import type { KnowledgeBase } from '@notetutor/graph';
import type { Passage } from '@notetutor/notes';
import type { QuestionAspect } from '../grounding/detect-question-aspect';
import type { AnswerLanguage } from '../grounding/passage-index';
import type { Grounding } from '../types';
import type { CitationRegistry } from './create-citation-registry';

/** What the parts of one offline answer share while it is being composed. */
export interface AnswerContext {
  kb: KnowledgeBase;
  grounding: Grounding;
  language: AnswerLanguage;
  /** What the question asks about its subject (`detectQuestionAspect`), read once for the whole answer. */
  aspect: QuestionAspect | undefined;
  registry: CitationRegistry;
  /** IDF of each of the question's terms the notes use, for scoring sentences. */
  weights: Map<string, number>;
  /** Whether `passage.text.slice(start, end)` names the concept `id` (from the index's mention table). */
  names: (passage: Passage, start: number, end: number, id: string) => boolean;
  /** Spans of passages the answer quotes as statements, by passage id: what it has already said. */
  said: Map<string, [number, number][]>;
}
