'use client';

import { useI18n } from '../i18n/language-provider';

/** The chat before the first question: what the tutor does, and example questions drawn from the notes. */
export function EmptyState({ examples, onAsk }: { examples: string[]; onAsk: (question: string) => void }) {
  const { t } = useI18n();
  return (
    <div className="mx-auto flex max-w-2xl flex-col items-center gap-4 px-2 py-8 text-center sm:py-14">
      <h1 className="text-2xl font-semibold text-slate-900 sm:text-3xl">{t.emptyTitle}</h1>
      <p className="max-w-xl text-slate-700">{t.emptyLead}</p>
      {examples.length > 0 ? (
        <section aria-labelledby="examples-heading" className="mt-2 w-full">
          <h2 id="examples-heading" className="mb-2 text-sm font-semibold text-slate-700">
            {t.examplesHeading}
          </h2>
          <ul className="grid gap-2 sm:grid-cols-2">
            {examples.map((q) => (
              <li key={q}>
                <button
                  type="button"
                  onClick={() => onAsk(q)}
                  className="h-full w-full rounded-lg border border-slate-300 bg-white px-3 py-2.5 text-left text-sm text-slate-800 shadow-sm hover:border-blue-400 hover:bg-blue-50"
                >
                  {q}
                </button>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </div>
  );
}
