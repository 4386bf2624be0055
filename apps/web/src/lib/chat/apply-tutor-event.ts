import { startQuiz } from '../quiz/quiz-progress';
import type { AssistantMessage, ChatEvent } from './chat-types';

/**
 * The answer after one more streamed event: `meta`/`concepts`/`citations` fill in the frame, `delta`s append
 * text, `done` replaces everything with the final answer (the source of truth), `error` ends it as failed while
 * keeping the text that already arrived. A study turn's `quiz` starts the quiz on the message, its
 * `study-path` attaches the path.
 */
export function applyTutorEvent(message: AssistantMessage, event: ChatEvent): AssistantMessage {
  switch (event.type) {
    case 'meta':
      return { ...message, engine: event.engine, language: event.language };
    case 'concepts':
      return { ...message, concepts: event.concepts };
    case 'citations':
      return { ...message, citations: event.citations };
    case 'delta':
      return { ...message, text: message.text + event.text };
    case 'notice':
      return { ...message, notice: event.message };
    case 'done': {
      const { answer } = event;
      const next: AssistantMessage = {
        ...message,
        status: 'done',
        text: answer.answer,
        citations: answer.citations,
        concepts: answer.concepts,
        followUps: answer.followUps,
        engine: answer.engine,
        grounded: answer.grounded,
      };
      if (answer.language) next.language = answer.language;
      if (answer.notice) next.notice = answer.notice;
      if (answer.coverage) next.coverage = answer.coverage;
      if (answer.missing && answer.missing.length > 0) next.missing = answer.missing;
      return next;
    }
    case 'quiz':
      return { ...message, quiz: startQuiz(event.quiz) };
    case 'study-path':
      return { ...message, studyPath: event.path };
    case 'error':
      return { ...message, status: 'error', error: { code: event.error.code, message: event.error.message } };
    default:
      return message;
  }
}
