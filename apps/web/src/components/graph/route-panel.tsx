'use client';

import { useI18n } from '../i18n/language-provider';

/** The study path shown on the graph (`?path=`): its concepts in order, each focusable, and a way out. */
export function RoutePanel({
  ids,
  labelOf,
  onSelect,
  onClear,
}: {
  ids: readonly string[];
  labelOf: (id: string) => string | undefined;
  onSelect: (id: string) => void;
  onClear: () => void;
}) {
  const { t } = useI18n();
  return (
    <section
      aria-labelledby="route-panel-title"
      className="rounded-lg border border-blue-200 bg-white p-3"
      data-testid="route-panel"
    >
      <div className="mb-1 flex items-center gap-2">
        <h2 id="route-panel-title" className="flex-1 text-sm font-semibold text-slate-800">
          {t.routeHeading}
        </h2>
        <button type="button" onClick={onClear} className="text-sm text-blue-800 underline">
          {t.routeClear}
        </button>
      </div>
      <ol className="flex flex-wrap items-center gap-1 text-sm">
        {ids.map((id, i) => (
          <li key={id} className="flex items-center gap-1">
            {i > 0 ? <span aria-hidden="true">→</span> : null}
            <button
              type="button"
              onClick={() => onSelect(id)}
              className="rounded px-1 text-blue-800 underline underline-offset-2"
            >
              {i + 1}. {labelOf(id) ?? id}
            </button>
          </li>
        ))}
      </ol>
    </section>
  );
}
