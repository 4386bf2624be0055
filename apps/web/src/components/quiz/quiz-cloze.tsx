'use client';

import type { FormEvent } from 'react';
import { useI18n } from '../i18n/language-provider';

/** The blank of a cloze question: a text box and "Check" (Enter checks too); read-only once answered. */
export function QuizCloze({
  id,
  value,
  onChange,
  editable,
  onSubmit,
}: {
  id: string;
  value: string;
  onChange: (value: string) => void;
  editable: boolean;
  onSubmit: () => void;
}) {
  const { t } = useI18n();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (editable && value.trim()) onSubmit();
  };
  return (
    <form onSubmit={submit} className="flex flex-wrap gap-2">
      <label htmlFor={id} className="sr-only">
        {t.quizClozeLabel}
      </label>
      <input
        id={id}
        value={value}
        onChange={(e) => onChange(e.target.value)}
        disabled={!editable}
        placeholder={t.quizClozeLabel}
        autoComplete="off"
        className="min-w-0 flex-1 rounded-md border border-slate-400 bg-white px-3 py-2 text-sm"
      />
      {editable ? (
        <button
          type="submit"
          disabled={!value.trim()}
          className="min-h-11 rounded-md bg-blue-700 px-4 text-sm font-medium text-white hover:bg-blue-800 disabled:bg-slate-400 disabled:text-slate-900"
        >
          {t.quizCheck}
        </button>
      ) : null}
    </form>
  );
}
