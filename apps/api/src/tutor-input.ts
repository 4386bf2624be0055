import type { Turn } from '@notetutor/contracts';
import type { AskInput } from '@notetutor/tutor';
import { wellFormed } from './well-formed';

/**
 * The tutor's input from a question and the turns before it, with text made well-formed. History keeps
 * only what the tutor reads (role, content, concepts).
 *
 * @example
 * toTutorInput('那 host 模式呢？', [{ role: 'user', content: 'bridge 模式是什么？' }]);
 */
export function toTutorInput(question: string, history: Turn[] | undefined): AskInput {
  const input: AskInput = { question: wellFormed(question) };
  if (history && history.length > 0) {
    input.history = history.map((turn) => {
      const clean: Turn = { role: turn.role, content: wellFormed(turn.content) };
      if (turn.concepts) clean.concepts = turn.concepts;
      return clean;
    });
  }
  return input;
}
