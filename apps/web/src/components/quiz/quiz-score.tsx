'use client';

import Link from 'next/link';
import type { QuizProgress } from '@/lib/quiz/quiz-progress';
import { useI18n } from '../i18n/language-provider';

/** The end of a quiz: the score, right or wrong per question, and the mastery it left per concept. */
export function QuizScore({ progress }: { progress: QuizProgress }) {
  const { t } = useI18n();
  const final = progress.final;
  if (!final) return null;
  return (
    <div
      data-testid="quiz-score"
      data-correct={final.correct}
      data-total={final.total}
      className="flex flex-col gap-2"
    >
      <h4 className="text-sm font-semibold text-slate-800">{t.quizScoreHeading}</h4>
      <p className="text-2xl font-semibold text-slate-900" role="status">
        {t.quizScore(final.correct, final.total)}
      </p>
      <ol className="flex flex-col gap-1 text-sm">
        {progress.quiz.questions.map((q, i) => {
          const result = progress.results[q.id];
          const right = result?.correct === true;
          return (
            <li key={q.id} className="flex items-baseline gap-2">
              <span aria-hidden="true" className={right ? 'text-emerald-800' : 'text-rose-800'}>
                {right ? '✓' : '✗'}
              </span>
              <span className="sr-only">{right ? t.quizRight : t.quizWrong}:</span>
              <span
                lang={q.lang === 'zh' ? 'zh-CN' : 'en'}
                className="min-w-0 flex-1 text-slate-800 [overflow-wrap:anywhere]"
              >
                {i + 1}. {q.prompt}
              </span>
            </li>
          );
        })}
      </ol>
      <p className="text-sm text-slate-700">{final.recorded ? t.quizRecorded : t.quizNotRecorded}</p>
      {final.mastery.length > 0 ? (
        <ul className="flex flex-col gap-1 text-sm" data-testid="quiz-mastery">
          {final.mastery.map((m) => (
            <li key={m.concept.id} data-concept-id={m.concept.id} className="flex items-center gap-2">
              <span className="min-w-0 flex-1">
                {t.quizMasteryOf(m.concept.label, Math.round(m.mastery * 100))}
              </span>
              <meter
                min={0}
                max={100}
                value={Math.round(m.mastery * 100)}
                aria-hidden="true"
                className="h-2 w-24"
              />
            </li>
          ))}
        </ul>
      ) : null}
      {final.recorded ? (
        <Link href="/graph?mode=progress" prefetch={false} className="text-sm text-blue-800 underline">
          {t.quizShowProgress}
        </Link>
      ) : null}
    </div>
  );
}
