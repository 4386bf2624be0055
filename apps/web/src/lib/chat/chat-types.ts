import type {
  ChatStudyEvent,
  Citation,
  ConceptRef,
  Engine,
  StudyPath,
  TutorEvent,
} from '@notetutor/contracts';
import type { ApiErrorCode } from '../api/api-error';
import type { QuizProgress } from '../quiz/quiz-progress';

/** What a chat stream carries: the tutor's events, and a study turn's quiz or path. */
export type ChatEvent = TutorEvent | ChatStudyEvent;

/** A question the learner asked. */
export interface UserMessage {
  id: string;
  role: 'user';
  text: string;
}

/** Why an answer did not finish, as the page shows it. */
export interface AnswerFailure {
  code: ApiErrorCode | 'stream_cut';
  message: string;
  retryAfter?: number;
}

/** The tutor's answer, built up from the event stream and kept in the browser. */
export interface AssistantMessage {
  id: string;
  role: 'assistant';
  status: 'streaming' | 'done' | 'stopped' | 'error';
  text: string;
  citations: Citation[];
  concepts: ConceptRef[];
  followUps: string[];
  engine?: Engine;
  language?: 'zh' | 'en';
  grounded?: boolean;
  /** `partial`: the notes cover the question's subject but not all it asks (`missing` says what). */
  coverage?: 'full' | 'partial';
  missing?: string[];
  notice?: string;
  error?: AnswerFailure;
  /** A study turn's quiz, with the learner's answers so far. */
  quiz?: QuizProgress;
  /** A study turn's path. */
  studyPath?: StudyPath;
}

export type ChatMessage = UserMessage | AssistantMessage;

/** One conversation, as kept in localStorage. */
export interface Conversation {
  id: string;
  title: string;
  createdAt: number;
  updatedAt: number;
  messages: ChatMessage[];
}
