import type { ConceptRef, Quiz, QuizAnswer, QuizQuestionResult, QuizResult } from '@notetutor/contracts';

/** A quiz as the learner works through it, kept with the chat message (so a reload resumes it). */
export interface QuizProgress {
  quiz: Quiz;
  /** Index of the question shown. */
  current: number;
  /** The learner's answers by question id; the first one given counts. */
  answers: Record<string, QuizAnswer>;
  /** Graded questions by id (the right answer and the passage that gives it). */
  results: Record<string, QuizQuestionResult>;
  /** The score once the learner finished, with the mastery it left (empty when nothing was recorded). */
  final: {
    correct: number;
    total: number;
    recorded: boolean;
    mastery: { concept: ConceptRef; mastery: number }[];
  } | null;
}

/**
 * Where the shown question is: `asking` (no answer yet), `checking` (answered, its grade not back: a request
 * in flight or one that failed), `rating` (an `explain` question whose passage is shown, waiting for the
 * learner's own rating), `revealed` (graded), or `finished` (the score is in).
 */
export type QuizStage = 'asking' | 'checking' | 'rating' | 'revealed' | 'finished';

/** A fresh start on `quiz`. */
export function startQuiz(quiz: Quiz): QuizProgress {
  return { quiz, current: 0, answers: {}, results: {}, final: null };
}

/** The question shown, or undefined for a quiz without questions. */
export function currentQuestion(progress: QuizProgress) {
  return progress.quiz.questions[progress.current];
}

export function quizStage(progress: QuizProgress): QuizStage {
  if (progress.final) return 'finished';
  const question = currentQuestion(progress);
  if (!question) return 'finished';
  const result = progress.results[question.id];
  if (result?.answered) return 'revealed';
  const answer = progress.answers[question.id];
  if (question.kind === 'explain' && result && answer?.selfRated === undefined) return 'rating';
  return answer ? 'checking' : 'asking';
}

/** With the learner's answer to a question; a question already answered keeps its first answer. */
export function withAnswer(progress: QuizProgress, answer: QuizAnswer): QuizProgress {
  const known = progress.answers[answer.questionId];
  if (known && (known.choice !== undefined || known.text !== undefined || known.selfRated !== undefined))
    return progress;
  return { ...progress, answers: { ...progress.answers, [answer.questionId]: answer } };
}

/**
 * With the grade of `questionId` from a `POST /api/quiz/{id}/answers` result. A graded question keeps its
 * first grade; an unanswered one (an `explain` question's passage) may be graded later.
 */
export function withResult(progress: QuizProgress, questionId: string, result: QuizResult): QuizProgress {
  const graded = result.results.find((r) => r.questionId === questionId);
  if (!graded || progress.results[questionId]?.answered) return progress;
  return { ...progress, results: { ...progress.results, [questionId]: graded } };
}

/** On to the next question (the last one stays). */
export function nextQuestion(progress: QuizProgress): QuizProgress {
  const last = progress.quiz.questions.length - 1;
  return { ...progress, current: Math.max(0, Math.min(last, progress.current + 1)) };
}

/** Whether the shown question is the last. */
export function onLastQuestion(progress: QuizProgress): boolean {
  return progress.current >= progress.quiz.questions.length - 1;
}

/** Every answer given, for the final `POST /api/quiz/{id}/answers`. */
export function answersToSend(progress: QuizProgress): QuizAnswer[] {
  return progress.quiz.questions.flatMap((q) => {
    const answer = progress.answers[q.id];
    return answer ? [answer] : [];
  });
}

/** Finished, with the score the API gave the whole quiz. */
export function finishQuiz(progress: QuizProgress, result: QuizResult): QuizProgress {
  let next = progress;
  for (const r of result.results) if (r.answered) next = withResult(next, r.questionId, result);
  return {
    ...next,
    final: {
      correct: result.score.correct,
      total: result.score.total,
      recorded: result.recorded,
      mastery: result.mastery,
    },
  };
}
