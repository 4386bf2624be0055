'use client';

import {
  MASTERY_COLORS,
  MASTERY_LEVELS,
  type MasteryLevel,
  NOT_STARTED_RING,
} from '@/lib/study/mastery-level';
import { useI18n } from '../i18n/language-provider';

/**
 * The legend of the progress colours: a light→dark scale of mastery, a ring for "not started", with words
 * for every step (and how many concepts are at it), so no one needs to tell the colours apart.
 */
export function ProgressLegend({
  counts,
  loading,
}: {
  counts: ReadonlyMap<MasteryLevel, number>;
  loading: boolean;
}) {
  const { t } = useI18n();
  return (
    <section
      aria-labelledby="progress-legend-title"
      className="rounded-lg border border-slate-200 bg-white p-3"
      data-testid="progress-legend"
    >
      <h2 id="progress-legend-title" className="text-sm font-semibold text-slate-800">
        {t.progressHeading}
      </h2>
      <p className="mb-2 text-xs text-slate-700">{loading ? t.progressLoading : t.progressHint}</p>
      <ul className="flex flex-col gap-1">
        {MASTERY_LEVELS.map((level) => (
          <li key={level} className="flex items-center gap-2 text-sm text-slate-800">
            <span
              aria-hidden="true"
              className="inline-block h-3.5 w-3.5 shrink-0 rounded-full"
              style={{
                background: MASTERY_COLORS[level],
                border: level === 'new' ? `2px solid ${NOT_STARTED_RING}` : '1px solid #94a3b8',
              }}
            />
            <span className="min-w-0 flex-1">{t.progressLevels[level]}</span>
            <span className="text-xs text-slate-700" data-level={level}>
              {counts.get(level) ?? 0}
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
