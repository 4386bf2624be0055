import type { TutorEvent } from '@notetutor/contracts';
import type { ChatEvent } from '../chat/chat-types';
import { arrayOf, isRecord, stringField } from './shape';
import { toAnswer, toCitation, toConceptRef, toEngine, toLanguage } from './to-answer-parts';
import { toErrorCode } from './to-error-code';
import { toQuiz, toStudyPath } from './to-quiz';

/**
 * A `TutorEvent` from one SSE message's parsed JSON, or `undefined` when it is not one the UI understands
 * (unknown events are skipped, so the API can add event types without breaking older pages).
 */
export function toTutorEvent(value: unknown): TutorEvent | undefined {
  if (!isRecord(value)) return undefined;
  switch (value.type) {
    case 'meta': {
      const engine = toEngine(value.engine);
      if (!engine) return undefined;
      return { type: 'meta', engine, language: toLanguage(value.language) ?? 'en' };
    }
    case 'concepts':
      return { type: 'concepts', concepts: arrayOf(value.concepts, toConceptRef) };
    case 'citations':
      return { type: 'citations', citations: arrayOf(value.citations, toCitation) };
    case 'delta': {
      const text = stringField(value, 'text');
      return text === undefined ? undefined : { type: 'delta', text };
    }
    case 'notice': {
      const message = stringField(value, 'message');
      return message === undefined ? undefined : { type: 'notice', message };
    }
    case 'done': {
      const answer = toAnswer(value.answer);
      return answer ? { type: 'done', answer } : undefined;
    }
    case 'error': {
      const error = isRecord(value.error) ? value.error : {};
      return {
        type: 'error',
        error: { code: toErrorCode(error.code), message: stringField(error, 'message') ?? '' },
      };
    }
    default:
      return undefined;
  }
}

/** A chat stream event: a tutor event, or a study turn's `quiz` / `study-path`; `undefined` otherwise. */
export function toChatEvent(value: unknown): ChatEvent | undefined {
  if (!isRecord(value)) return undefined;
  if (value.type === 'quiz') {
    const quiz = toQuiz(value.quiz);
    return quiz ? { type: 'quiz', quiz } : undefined;
  }
  if (value.type === 'study-path') {
    const path = toStudyPath(value.path);
    return path ? { type: 'study-path', path } : undefined;
  }
  return toTutorEvent(value);
}
