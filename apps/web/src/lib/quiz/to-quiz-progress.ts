import { arrayOf, isRecord, numberField } from '../validate/shape';
import { toConceptRef } from '../validate/to-answer-parts';
import { toQuiz, toQuizAnswer, toQuizQuestionResult } from '../validate/to-quiz';
import type { QuizProgress } from './quiz-progress';

/** A saved quiz (localStorage) from untrusted JSON, or `undefined`; answers to unknown questions are dropped. */
export function toQuizProgress(value: unknown): QuizProgress | undefined {
  if (!isRecord(value)) return undefined;
  const quiz = toQuiz(value.quiz);
  if (!quiz) return undefined;
  const ids = new Set(quiz.questions.map((q) => q.id));
  const answers: QuizProgress['answers'] = {};
  for (const a of arrayOf(isRecord(value.answers) ? Object.values(value.answers) : [], toQuizAnswer))
    if (ids.has(a.questionId)) answers[a.questionId] = a;
  const results: QuizProgress['results'] = {};
  for (const r of arrayOf(isRecord(value.results) ? Object.values(value.results) : [], toQuizQuestionResult))
    if (ids.has(r.questionId)) results[r.questionId] = r;
  const current = numberField(value, 'current') ?? 0;
  let final: QuizProgress['final'] = null;
  if (isRecord(value.final)) {
    const correct = numberField(value.final, 'correct');
    const total = numberField(value.final, 'total');
    if (correct !== undefined && total !== undefined)
      final = {
        correct,
        total,
        recorded: value.final.recorded === true,
        mastery: arrayOf(value.final.mastery, (m) => {
          if (!isRecord(m)) return undefined;
          const concept = toConceptRef(m.concept);
          const mastery = numberField(m, 'mastery');
          return concept && mastery !== undefined ? { concept, mastery } : undefined;
        }),
      };
  }
  return {
    quiz,
    current: Math.max(0, Math.min(quiz.questions.length - 1, Math.floor(current))),
    answers,
    results,
    final,
  };
}
