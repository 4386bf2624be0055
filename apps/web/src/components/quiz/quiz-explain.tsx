'use client';

import type { Citation } from '@notetutor/contracts';
import { useI18n } from '../i18n/language-provider';
import { CitedPassage } from './cited-passage';

export interface QuizExplainProps {
  id: string;
  /** What the learner wrote: sent with the request for the passage, for a configured model to grade. */
  explanation: string;
  /** Why the explanation was not graded by a model (none configured, or it failed): rate it yourself. */
  notice?: string | undefined;
  onChange: (value: string) => void;
  /** The passage to compare with, once asked for; until then the learner writes. */
  passage: Citation | undefined;
  busy: boolean;
  onShowPassage: () => void;
  onRate: (matched: boolean) => void;
  onPassage: (citation: Citation) => void;
}

/**
 * An "explain in your own words" question: the learner writes (or says) an explanation and asks for the
 * passage. A configured model grades what was written (the verdict shows like any other); otherwise the
 * passage shows with the reason, and the learner rates whether theirs matched it.
 */
export function QuizExplain(props: QuizExplainProps) {
  const { t } = useI18n();
  const { id, explanation, passage, busy } = props;
  if (!passage)
    return (
      <div className="flex flex-col gap-2">
        <label htmlFor={id} className="text-sm text-slate-800">
          {t.quizExplainLabel}
        </label>
        <textarea
          id={id}
          value={explanation}
          onChange={(e) => props.onChange(e.target.value)}
          rows={3}
          className="w-full rounded-md border border-slate-400 bg-white px-3 py-2 text-sm"
        />
        <button
          type="button"
          disabled={busy}
          onClick={props.onShowPassage}
          className="min-h-11 self-start rounded-md bg-blue-700 px-4 text-sm font-medium text-white hover:bg-blue-800 disabled:bg-slate-400"
        >
          {t.quizShowPassage}
        </button>
      </div>
    );
  return (
    <div className="flex flex-col gap-2">
      {explanation ? (
        <p className="whitespace-pre-wrap rounded border border-slate-200 bg-white px-2.5 py-1.5 text-sm text-slate-800">
          {explanation}
        </p>
      ) : null}
      <CitedPassage citation={passage} onOpen={props.onPassage} />
      {props.notice ? (
        <p className="text-sm text-slate-700" data-testid="quiz-grading-notice">
          {props.notice}
        </p>
      ) : null}
      <p className="text-sm font-medium text-slate-900">{t.quizRateHeading}</p>
      <div className="flex flex-wrap gap-2">
        {[true, false].map((matched) => (
          <button
            key={String(matched)}
            type="button"
            disabled={busy}
            onClick={() => props.onRate(matched)}
            className="min-h-11 rounded-md border-2 border-slate-300 bg-white px-4 text-sm text-slate-900 hover:border-blue-500"
          >
            <span aria-hidden="true">{matched ? '✓ ' : '✗ '}</span>
            {matched ? t.quizRateYes : t.quizRateNo}
          </button>
        ))}
      </div>
    </div>
  );
}
