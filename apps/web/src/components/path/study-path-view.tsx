'use client';

import type { Citation, StudyPath } from '@notetutor/contracts';
import { useEffect, useState } from 'react';
import { ApiError } from '@/lib/api/api-error';
import { friendlyError } from '@/lib/api/friendly-error';
import { loadStudyPath } from '@/lib/api/quiz-api';
import type { GraphNodeView } from '@/lib/graph/graph-view';
import { loadGraph } from '@/lib/graph/load-graph';
import { CitationDialog } from '../chat/citation-dialog';
import { ConceptSearch } from '../graph/concept-search';
import { useI18n } from '../i18n/language-provider';
import { ErrorBanner } from '../layout/error-banner';
import { StudyPathSteps } from './study-path-steps';

/**
 * The study path page: pick a concept (the graph's concept search) and read what to learn before it, from
 * `GET /api/study/path`, marked with the learner's mastery; with none picked, where to start.
 */
export function StudyPathView({ initialTo }: { initialTo: string | null }) {
  const { t, language } = useI18n();
  const [to, setTo] = useState<string | null>(initialTo);
  const [nodes, setNodes] = useState<GraphNodeView[]>([]);
  const [path, setPath] = useState<StudyPath | null>(null);
  const [failure, setFailure] = useState<ApiError | null>(null);
  const [attempt, setAttempt] = useState(0);
  const [passage, setPassage] = useState<Citation | null>(null);

  useEffect(() => {
    loadGraph().then(
      (view) => setNodes(view.nodes),
      () => {},
    );
  }, []);

  useEffect(() => {
    const controller = new AbortController();
    void attempt;
    setPath(null);
    setFailure(null);
    loadStudyPath(to ?? undefined, language, controller.signal).then(setPath, (error: unknown) => {
      if (controller.signal.aborted) return;
      setFailure(error instanceof ApiError ? error : new ApiError('internal', String(error)));
    });
    return () => controller.abort();
  }, [to, language, attempt]);

  const choose = (id: string | null) => {
    setTo(id);
    window.history.replaceState(null, '', id ? `/path?to=${encodeURIComponent(id)}` : '/path');
  };
  const heading = path?.target ? t.studyPathTo(path.target.label) : t.pathStartHere;

  return (
    <main id="main" className="mx-auto w-full max-w-3xl px-3 py-5 sm:px-4 sm:py-8">
      <h1 className="text-2xl font-semibold text-slate-900">{t.pathTitle}</h1>
      <p className="mt-1 text-slate-700">{t.pathLead}</p>
      <div className="mt-4 flex flex-col gap-2 sm:flex-row sm:items-end">
        <div className="min-w-0 flex-1">
          <ConceptSearch nodes={nodes} onPick={(id) => choose(id)} />
        </div>
        {to ? (
          <button
            type="button"
            onClick={() => choose(null)}
            className="min-h-10 rounded-md border border-slate-300 bg-white px-3 text-sm text-slate-800 hover:bg-slate-100"
          >
            {t.pathStartHere}
          </button>
        ) : null}
      </div>

      <section
        className="mt-5"
        aria-labelledby="study-path-title"
        data-testid="study-path-page"
        data-target={path ? (path.target?.id ?? '') : undefined}
      >
        <h2 id="study-path-title" className="mb-1 text-lg font-semibold text-slate-900">
          {failure ? t.pathTitle : heading}
        </h2>
        {path && !path.target ? <p className="mb-2 text-sm text-slate-700">{t.pathStartLead}</p> : null}
        {failure ? (
          failure.code === 'not_found' && to ? (
            <p className="text-slate-800" role="status">
              {t.pathUnknownConcept(to)}
            </p>
          ) : (
            <ErrorBanner message={friendlyError(t, failure)} onRetry={() => setAttempt((n) => n + 1)} />
          )
        ) : path ? (
          <StudyPathSteps path={path} onPassage={setPassage} />
        ) : (
          <p className="text-sm text-slate-700" role="status">
            {t.pathLoading}
          </p>
        )}
      </section>
      <CitationDialog open={passage ? { citation: passage } : null} onClose={() => setPassage(null)} />
    </main>
  );
}
