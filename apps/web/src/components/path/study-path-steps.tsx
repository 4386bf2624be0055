'use client';

import type { Citation, ConceptProgress, StudyPath } from '@notetutor/contracts';
import Link from 'next/link';
import { MASTERED } from '@/lib/study/mastery-level';
import { useI18n } from '../i18n/language-provider';
import { CitedPassage } from '../quiz/cited-passage';

export interface StudyPathStepsProps {
  path: StudyPath;
  /** The learner's progress by concept, when the path itself carries no mastery (a chat turn's path). */
  progress?: ReadonlyMap<string, ConceptProgress> | null;
  onPassage: (citation: Citation) => void;
}

/** The `/graph` address that highlights a path's concepts. */
export function routeHref(path: StudyPath): string {
  return `/graph?path=${path.steps.map((s) => encodeURIComponent(s.concept.id)).join(',')}`;
}

/**
 * A study path as an ordered list: each concept (a link to its page), whether the learner has mastered it,
 * and why it stands there — the relation the notes state and the passages that state it — then "show in
 * the graph".
 */
export function StudyPathSteps({ path, progress, onPassage }: StudyPathStepsProps) {
  const { t } = useI18n();
  if (path.steps.length === 0) return <p className="text-sm text-slate-700">{t.pathEmpty}</p>;
  return (
    <div className="flex flex-col gap-2" data-testid="study-path">
      <ol className="flex flex-col gap-2">
        {path.steps.map((step, i) => {
          const mastery = step.mastery ?? progress?.get(step.concept.id)?.mastery ?? null;
          const mastered = mastery !== null && mastery >= MASTERED;
          const isTarget = path.target?.id === step.concept.id;
          return (
            <li
              key={step.concept.id}
              data-testid="path-step"
              data-concept-id={step.concept.id}
              data-mastered={mastery === null ? undefined : String(mastered)}
              className="rounded-md border border-slate-200 bg-white p-2.5 text-sm"
            >
              <div className="flex flex-wrap items-baseline gap-x-2 gap-y-1">
                <span aria-hidden="true" className="font-semibold text-slate-700">
                  {i + 1}.
                </span>
                <Link
                  href={`/concepts/${encodeURIComponent(step.concept.id)}`}
                  prefetch={false}
                  className="font-semibold text-blue-800 underline underline-offset-2"
                >
                  {step.concept.label}
                </Link>
                {isTarget ? <span className="text-xs text-slate-700">({t.pathStepTarget})</span> : null}
                {mastery !== null ? (
                  <span
                    className={`ml-auto rounded-full border px-2 py-0.5 text-xs ${mastered ? 'border-blue-900 bg-blue-900 text-white' : 'border-slate-400 text-slate-800'}`}
                  >
                    <span aria-hidden="true">{mastered ? '✓ ' : '○ '}</span>
                    {mastered ? t.pathMastered : t.pathNotMastered}
                    {mastery > 0 && !mastered ? ` · ${Math.round(mastery * 100)}%` : ''}
                  </span>
                ) : null}
              </div>
              {step.reason ? (
                <div className="mt-1.5 flex flex-col gap-1.5">
                  <p className="text-slate-800" data-testid="path-reason">
                    <span className="sr-only">{t.pathWhy}: </span>
                    {step.reason.statement}
                  </p>
                  {step.reason.evidence.map((c) => (
                    <CitedPassage key={c.id} citation={c} onOpen={onPassage} />
                  ))}
                </div>
              ) : null}
            </li>
          );
        })}
      </ol>
      {path.brokenCycles.length > 0 ? (
        <p className="text-xs text-slate-700">{t.pathBrokenCycles(path.brokenCycles.length)}</p>
      ) : null}
      <Link
        href={routeHref(path)}
        prefetch={false}
        data-testid="path-in-graph"
        className="self-start rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm text-slate-800 hover:bg-slate-100"
      >
        {t.pathShowInGraph}
      </Link>
    </div>
  );
}
