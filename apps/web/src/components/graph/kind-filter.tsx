'use client';

import { kindColor } from '@/lib/graph/kind-colors';
import { useI18n } from '../i18n/language-provider';

export interface KindFilterProps {
  /** Kinds in the graph with how many concepts each has, most common first. */
  kinds: { kind: string; count: number }[];
  hidden: ReadonlySet<string>;
  onToggle: (kind: string) => void;
  onShowAll: () => void;
}

/** The legend (colour per kind) doubling as a filter: untick a kind to hide its concepts. */
export function KindFilter({ kinds, hidden, onToggle, onShowAll }: KindFilterProps) {
  const { t } = useI18n();
  return (
    <fieldset className="rounded-lg border border-slate-200 bg-white p-3">
      <legend className="px-1 text-sm font-semibold text-slate-800">{t.legendHeading}</legend>
      <p className="mb-2 text-xs text-slate-700">{t.filterHint}</p>
      <ul className="grid grid-cols-2 gap-x-3 gap-y-1">
        {kinds.map(({ kind, count }) => (
          <li key={kind}>
            <label className="flex cursor-pointer items-center gap-2 text-sm text-slate-800">
              <input
                type="checkbox"
                checked={!hidden.has(kind)}
                onChange={() => onToggle(kind)}
                className="h-4 w-4 accent-blue-700"
              />
              <span
                aria-hidden="true"
                className="inline-block h-3 w-3 shrink-0 rounded-full"
                style={{ background: kindColor(kind) }}
              />
              <span className="min-w-0 flex-1 truncate">{t.kinds[kind as keyof typeof t.kinds] ?? kind}</span>
              <span className="text-xs text-slate-700">{count}</span>
            </label>
          </li>
        ))}
      </ul>
      {hidden.size > 0 ? (
        <button type="button" onClick={onShowAll} className="mt-2 text-sm text-blue-800 underline">
          {t.showAll}
        </button>
      ) : null}
    </fieldset>
  );
}
