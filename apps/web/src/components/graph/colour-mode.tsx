'use client';

import { useId } from 'react';
import { useI18n } from '../i18n/language-provider';

/** How the graph colours its concepts: by kind, or by the learner's mastery. */
export type ColourMode = 'kinds' | 'progress';

/** The toggle between "kinds" and "my progress" (a radio group: arrow keys move between the two). */
export function ColourModeToggle({
  mode,
  onChange,
}: {
  mode: ColourMode;
  onChange: (mode: ColourMode) => void;
}) {
  const { t } = useI18n();
  const name = useId();
  const options: { value: ColourMode; label: string }[] = [
    { value: 'kinds', label: t.modeKinds },
    { value: 'progress', label: t.modeProgress },
  ];
  return (
    <fieldset className="flex flex-wrap items-center gap-x-3 gap-y-1 rounded-lg border border-slate-200 bg-white px-3 py-2">
      <legend className="sr-only">{t.modeHeading}</legend>
      <span aria-hidden="true" className="text-sm font-semibold text-slate-800">
        {t.modeHeading}
      </span>
      <div className="flex overflow-hidden rounded-md border border-slate-300">
        {options.map((o) => (
          <label
            key={o.value}
            className={`cursor-pointer px-3 py-1.5 text-sm has-[:focus-visible]:outline-2 has-[:focus-visible]:outline-blue-700 ${mode === o.value ? 'bg-blue-700 font-medium text-white' : 'bg-white text-slate-800 hover:bg-slate-100'}`}
          >
            <input
              type="radio"
              name={name}
              value={o.value}
              checked={mode === o.value}
              onChange={() => onChange(o.value)}
              className="sr-only"
            />
            {o.label}
          </label>
        ))}
      </div>
    </fieldset>
  );
}
