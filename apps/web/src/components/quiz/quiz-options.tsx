'use client';

import type { QuizQuestion, QuizQuestionResult } from '@notetutor/contracts';
import { useI18n } from '../i18n/language-provider';

export interface QuizOptionsProps {
  question: QuizQuestion;
  /** The option the learner picked, if any. */
  picked: number | undefined;
  /** The grade, once back: marks the right option and the pick. */
  result: QuizQuestionResult | undefined;
  disabled: boolean;
  onPick: (index: number) => void;
}

/**
 * The options of a choice or true/false question as buttons (Tab and Enter or Space pick one). Once graded,
 * the right option and the learner's pick are marked with a sign and words, not colour alone.
 */
export function QuizOptions({ question, picked, result, disabled, onPick }: QuizOptionsProps) {
  const { t } = useI18n();
  const lang = question.lang === 'zh' ? 'zh-CN' : 'en';
  return (
    <ul aria-label={t.quizOptionsLabel} className="flex flex-col gap-2">
      {question.options.map((option, i) => {
        const right = result?.answered && result.correctChoice === i;
        const wrongPick = result?.answered && picked === i && !right;
        const tone = right
          ? 'border-emerald-700 bg-emerald-50 text-emerald-950'
          : wrongPick
            ? 'border-rose-700 bg-rose-50 text-rose-950 border-dashed'
            : picked === i
              ? 'border-blue-600 bg-blue-50 text-slate-900'
              : 'border-slate-300 bg-white text-slate-900 hover:border-blue-500 hover:bg-blue-50';
        return (
          // biome-ignore lint/suspicious/noArrayIndexKey: options are identified by their position
          <li key={i}>
            <button
              type="button"
              data-testid="quiz-option"
              data-option={i}
              data-right={result?.answered ? String(Boolean(right)) : undefined}
              aria-pressed={picked === i}
              disabled={disabled}
              onClick={() => onPick(i)}
              className={`flex min-h-11 w-full items-start gap-2 rounded-md border-2 px-3 py-2 text-left text-sm disabled:cursor-default ${tone}`}
            >
              <span aria-hidden="true" className="font-semibold">
                {String.fromCharCode(65 + i)}.
              </span>
              <span lang={lang} className="min-w-0 flex-1 [overflow-wrap:anywhere]">
                {option}
              </span>
              {right ? (
                <span className="shrink-0 text-xs font-semibold">
                  <span aria-hidden="true">✓ </span>
                  {picked === i ? `${t.quizYourPick} · ${t.quizRightAnswer}` : t.quizRightAnswer}
                </span>
              ) : wrongPick ? (
                <span className="shrink-0 text-xs font-semibold">
                  <span aria-hidden="true">✗ </span>
                  {t.quizYourPick}
                </span>
              ) : null}
            </button>
          </li>
        );
      })}
    </ul>
  );
}
