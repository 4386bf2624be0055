import type { QuizAnswer } from '@notetutor/contracts';
import { foldAnswer } from './fold-answer';
import type { QuizItem } from './quiz-item';

/**
 * Whether an answer is right: the right option (`choice`, `true-false`), any spelling of the blanked concept
 * (`cloze`: `DNAT`, `destination NAT`), or the learner's own rating (`explain`). `null` when not answered.
 */
export function gradeQuizItem(item: QuizItem, answer: QuizAnswer | undefined): boolean | null {
  if (!answer) return null;
  if (item.kind === 'choice' || item.kind === 'true-false')
    return answer.choice === undefined ? null : answer.choice === item.correct;
  if (item.kind === 'cloze') {
    if (answer.text === undefined || answer.text.trim() === '') return null;
    const given = foldAnswer(answer.text);
    return given === foldAnswer(item.answer) || item.accepted.includes(given);
  }
  return answer.selfRated ?? null;
}
