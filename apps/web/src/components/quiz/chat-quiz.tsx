'use client';

import type { Citation, QuizAnswer } from '@notetutor/contracts';
import { useEffect, useId, useRef, useState } from 'react';
import { ApiError } from '@/lib/api/api-error';
import { friendlyError } from '@/lib/api/friendly-error';
import { postQuizAnswers } from '@/lib/api/quiz-api';
import {
  answersToSend,
  currentQuestion,
  finishQuiz,
  nextQuestion,
  onLastQuestion,
  type QuizProgress,
  quizStage,
  withAnswer,
  withResult,
} from '@/lib/quiz/quiz-progress';
import { useI18n } from '../i18n/language-provider';
import { ErrorBanner } from '../layout/error-banner';
import { CitedPassage } from './cited-passage';
import { QuizCloze } from './quiz-cloze';
import { QuizExplain } from './quiz-explain';
import { QuizOptions } from './quiz-options';
import { QuizScore } from './quiz-score';

export interface ChatQuizProps {
  progress: QuizProgress;
  /** Applies a change to the saved quiz (kept with the chat message, so a reload resumes it). */
  onUpdate: (update: (progress: QuizProgress) => QuizProgress) => void;
  onPassage: (citation: Citation) => void;
  /** Asks for a fresh quiz (after this one expired). */
  onNewQuiz?: (() => void) | undefined;
}

/**
 * A quiz inside a chat answer, one question at a time: options as buttons (a blank to fill, or an
 * explanation to compare with the passage), each answer graded at once by `POST /api/quiz/{id}/answers` —
 * right or wrong marked, the right answer and the cited passage shown — then the score at the end, which
 * the learner's mastery already counts.
 */
export function ChatQuiz({ progress, onUpdate, onPassage, onNewQuiz }: ChatQuizProps) {
  const { t } = useI18n();
  const ids = useId();
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<ApiError | null>(null);
  const [text, setText] = useState('');
  const [explanation, setExplanation] = useState('');
  const questionRef = useRef<HTMLDivElement>(null);
  const nextRef = useRef<HTMLButtonElement>(null);
  /** Where focus goes after the learner's own action (never on first render or a reload). */
  const focusAfter = useRef<'question' | 'next' | null>(null);
  const stage = quizStage(progress);
  const question = currentQuestion(progress);
  const total = progress.quiz.questions.length;

  useEffect(() => {
    const target = focusAfter.current;
    if (!target) return;
    if (target === 'next' && stage !== 'revealed') return;
    focusAfter.current = null;
    (target === 'next' ? nextRef.current : questionRef.current)?.focus();
  });

  if (!question) return null;
  const expired = failure?.code === 'not_found';

  const check = async (answer: QuizAnswer) => {
    setBusy(true);
    setFailure(null);
    try {
      const result = await postQuizAnswers(progress.quiz.id, [answer]);
      focusAfter.current = 'next';
      onUpdate((p) => withResult(p, answer.questionId, result));
    } catch (error) {
      setFailure(error instanceof ApiError ? error : new ApiError('internal', String(error)));
    } finally {
      setBusy(false);
    }
  };
  const answer = (given: QuizAnswer) => {
    if (busy) return;
    onUpdate((p) => withAnswer(p, given));
    void check(given);
  };
  const finish = async () => {
    setBusy(true);
    setFailure(null);
    try {
      const result = await postQuizAnswers(progress.quiz.id, answersToSend(progress));
      focusAfter.current = 'question';
      onUpdate((p) => finishQuiz(p, result));
    } catch (error) {
      setFailure(error instanceof ApiError ? error : new ApiError('internal', String(error)));
    } finally {
      setBusy(false);
    }
  };
  const next = () => {
    setText('');
    setExplanation('');
    focusAfter.current = 'question';
    onUpdate(nextQuestion);
  };

  const given = progress.answers[question.id];
  const result = progress.results[question.id];
  const lang = question.lang === 'zh' ? 'zh-CN' : 'en';

  return (
    <section
      data-testid="quiz"
      data-quiz-id={progress.quiz.id}
      data-stage={stage}
      data-question={progress.current}
      data-count={total}
      data-busy={busy ? 'true' : 'false'}
      aria-labelledby={`${ids}-title`}
      className="mt-3 rounded-lg border border-blue-200 bg-blue-50/40 p-3"
    >
      <header className="mb-2 flex flex-wrap items-baseline gap-x-3 gap-y-1">
        <h3 id={`${ids}-title`} className="text-sm font-semibold text-slate-900">
          {t.quizHeading}
        </h3>
        {stage !== 'finished' ? (
          <span className="text-xs text-slate-700">{t.quizQuestionOf(progress.current + 1, total)}</span>
        ) : null}
        <ol aria-hidden="true" className="ml-auto flex gap-1">
          {progress.quiz.questions.map((q, i) => {
            const r = progress.results[q.id];
            const mark = r?.answered ? (r.correct ? '✓' : '✗') : i === progress.current ? '•' : '';
            return (
              <li
                key={q.id}
                className={`flex h-5 w-5 items-center justify-center rounded-full border text-[0.7rem] ${i === progress.current && stage !== 'finished' ? 'border-blue-700' : 'border-slate-300'} ${r?.answered ? (r.correct ? 'text-emerald-800' : 'text-rose-800') : 'text-slate-700'}`}
              >
                {mark}
              </li>
            );
          })}
        </ol>
      </header>

      {stage === 'finished' ? (
        <div ref={questionRef} tabIndex={-1} className="outline-none">
          <QuizScore progress={progress} />
        </div>
      ) : (
        <div className="flex flex-col gap-3">
          <div ref={questionRef} tabIndex={-1} className="outline-none">
            <p className="text-xs font-medium uppercase tracking-wide text-slate-700">
              {t.quizKinds[question.kind]}
            </p>
            <p
              lang={lang}
              className="mt-0.5 font-medium text-slate-900 [overflow-wrap:anywhere]"
              data-testid="quiz-prompt"
            >
              {question.prompt}
            </p>
          </div>

          {question.kind === 'choice' || question.kind === 'true-false' ? (
            <QuizOptions
              question={question}
              picked={given?.choice}
              result={result}
              disabled={busy || stage !== 'asking'}
              onPick={(choice) => answer({ questionId: question.id, choice })}
            />
          ) : null}

          {question.kind === 'cloze' ? (
            <QuizCloze
              id={`${ids}-cloze`}
              value={stage === 'asking' ? text : (given?.text ?? text)}
              onChange={setText}
              editable={!busy && stage === 'asking'}
              onSubmit={() => answer({ questionId: question.id, text: text.trim() })}
            />
          ) : null}

          {question.kind === 'explain' && (stage === 'asking' || stage === 'rating') ? (
            <QuizExplain
              id={`${ids}-explain`}
              explanation={explanation}
              onChange={setExplanation}
              passage={stage === 'rating' ? result?.explanation : undefined}
              busy={busy}
              notice={stage === 'rating' ? result?.notice : undefined}
              // The explanation goes with the request for the passage: a configured model grades it.
              onShowPassage={() =>
                answer({
                  questionId: question.id,
                  ...(explanation.trim() ? { text: explanation.trim() } : {}),
                })
              }
              onRate={(selfRated) => answer({ questionId: question.id, selfRated })}
              onPassage={onPassage}
            />
          ) : null}

          {stage === 'checking' && busy ? (
            <p className="text-sm text-slate-700" role="status">
              {t.quizChecking}
            </p>
          ) : null}

          {stage === 'revealed' && result ? (
            <div
              className="flex flex-col gap-2"
              data-testid="quiz-verdict"
              data-correct={String(result.correct)}
            >
              <p
                role="status"
                className={`text-sm font-semibold ${result.correct ? 'text-emerald-800' : 'text-rose-800'}`}
              >
                <span aria-hidden="true">
                  {result.correct ? '✓ ' : result.grade === 'partial' ? '≈ ' : '✗ '}
                </span>
                {result.correct ? t.quizRight : result.grade === 'partial' ? t.quizPartly : t.quizWrong}
                {!result.correct || question.kind === 'cloze' || question.kind === 'explain' ? (
                  <span lang={lang} className="font-normal text-slate-800">
                    {' '}
                    · {t.quizAnswerWas(result.answer)}
                  </span>
                ) : null}
              </p>
              {result.feedback ? (
                <div data-testid="quiz-feedback" data-grade={result.grade ?? ''}>
                  <p className="text-xs font-semibold uppercase tracking-wide text-slate-700">
                    {t.quizFeedbackHeading}
                  </p>
                  <p lang={lang} className="text-sm text-slate-900">
                    {result.feedback}
                  </p>
                </div>
              ) : null}
              <CitedPassage citation={result.explanation} onOpen={onPassage} />
              <button
                ref={nextRef}
                type="button"
                disabled={busy}
                onClick={onLastQuestion(progress) ? () => void finish() : next}
                className="min-h-11 self-start rounded-md bg-blue-700 px-4 text-sm font-medium text-white hover:bg-blue-800 disabled:bg-slate-400"
              >
                {onLastQuestion(progress) ? t.quizSeeScore : t.quizNext}
              </button>
            </div>
          ) : null}
        </div>
      )}

      {failure ? (
        <ErrorBanner
          className="mt-3"
          message={expired ? t.quizExpired : friendlyError(t, failure)}
          onRetry={
            expired
              ? onNewQuiz
              : () => {
                  if (stage === 'revealed' && onLastQuestion(progress)) void finish();
                  else if (given) void check(given);
                  else setFailure(null);
                }
          }
        />
      ) : stage === 'checking' && !busy && given ? (
        <button
          type="button"
          onClick={() => void check(given)}
          className="mt-2 min-h-11 rounded-md border border-slate-300 bg-white px-4 text-sm text-slate-900"
        >
          {t.quizCheck}
        </button>
      ) : null}
    </section>
  );
}
