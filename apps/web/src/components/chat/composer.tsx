'use client';

import { type FormEvent, type KeyboardEvent, useEffect, useRef } from 'react';
import { useI18n } from '../i18n/language-provider';

/** Longest question the API accepts, in characters (`MAX_QUESTION_CHARS` in contracts). */
const MAX_QUESTION_CHARS = 2000;

export interface ComposerProps {
  value: string;
  onChange: (value: string) => void;
  onSend: () => void;
  onStop: () => void;
  streaming: boolean;
}

/**
 * The question box. Enter sends, Shift+Enter adds a line, and Enter that confirms an IME composition (typing
 * Chinese) does neither. While an answer streams the send button becomes a stop button.
 */
export function Composer({ value, onChange, onSend, onStop, streaming }: ComposerProps) {
  const { t } = useI18n();
  const ref = useRef<HTMLTextAreaElement>(null);

  // biome-ignore lint/correctness/useExhaustiveDependencies: re-measures the box whenever the text changes
  useEffect(() => {
    const box = ref.current;
    if (!box) return;
    box.style.height = 'auto';
    box.style.height = `${Math.min(box.scrollHeight, 200)}px`;
  }, [value]);

  const submit = (event?: FormEvent) => {
    event?.preventDefault();
    if (streaming || !value.trim()) return;
    onSend();
  };

  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (event.key !== 'Enter' || event.shiftKey || event.nativeEvent.isComposing || event.keyCode === 229)
      return;
    event.preventDefault();
    submit();
  };

  return (
    <form onSubmit={submit} className="flex items-end gap-2">
      <div className="min-w-0 flex-1">
        <label htmlFor="question" className="mb-1 block text-xs font-medium text-slate-800">
          {t.questionLabel}
        </label>
        <textarea
          id="question"
          ref={ref}
          rows={1}
          value={value}
          maxLength={MAX_QUESTION_CHARS}
          onChange={(event) => onChange(event.target.value)}
          onKeyDown={onKeyDown}
          placeholder={t.questionPlaceholder}
          aria-describedby="question-hint"
          className="block max-h-[200px] w-full resize-none rounded-lg border border-slate-400 bg-white px-3 py-2.5 text-base leading-6 text-slate-900 placeholder:text-slate-600"
        />
        <p id="question-hint" className="mt-1 hidden text-xs text-slate-700 sm:block">
          {t.questionHint}
        </p>
      </div>
      {streaming ? (
        <button
          type="button"
          onClick={onStop}
          className="mb-0 rounded-lg border border-slate-400 bg-white px-4 py-2.5 font-medium text-slate-900 hover:bg-slate-100 sm:mb-5"
        >
          <span aria-hidden="true">■ </span>
          {t.stop}
        </button>
      ) : (
        <button
          type="submit"
          disabled={!value.trim()}
          className="mb-0 rounded-lg bg-blue-700 px-4 py-2.5 font-medium text-white hover:bg-blue-800 disabled:bg-slate-400 disabled:text-slate-900 sm:mb-5"
        >
          {t.send}
        </button>
      )}
    </form>
  );
}
