'use client';

import type { PassageView, PathResult } from '@notetutor/contracts';
import { type FormEvent, useId, useState } from 'react';
import { ApiError } from '@/lib/api/api-error';
import { findConcepts } from '@/lib/api/find-concept';
import { friendlyError } from '@/lib/api/friendly-error';
import { loadPath } from '@/lib/api/load-path';
import type { GraphNodeView } from '@/lib/graph/graph-view';
import { passagesForLanguage } from '@/lib/graph/passages-for-language';
import { useI18n } from '../i18n/language-provider';
import { ErrorBanner } from '../layout/error-banner';

export interface PathFinderProps {
  nodes: GraphNodeView[];
  /** Start from the selected concept when there is one. */
  initialFrom?: string | undefined;
  onPath: (result: PathResult | null) => void;
  onSelect: (id: string) => void;
}

/** Finds how two concepts connect (`GET /api/path`) and lists each step's relation and its evidence. */
export function PathFinder({ nodes, initialFrom, onPath, onSelect }: PathFinderProps) {
  const { t, language } = useI18n();
  const ids = useId();
  const label = (n: GraphNodeView) => (language === 'zh' ? n.labelZh : n.labelEn);
  const labelOfId = (id: string, fallback: string) => {
    const node = nodes.find((n) => n.id === id);
    return node ? label(node) : fallback;
  };
  const [from, setFrom] = useState(() => {
    const node = initialFrom ? nodes.find((n) => n.id === initialFrom) : undefined;
    return node ? label(node) : '';
  });
  const [to, setTo] = useState('');
  const [result, setResult] = useState<PathResult | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [failure, setFailure] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setMessage(null);
    setFailure(null);
    setBusy(true);
    let a: GraphNodeView | undefined;
    let b: GraphNodeView | undefined;
    try {
      const known = new Set(nodes.map((n) => n.id));
      const [fromHits, toHits] = await Promise.all([findConcepts(from, known), findConcepts(to, known)]);
      a = nodes.find((n) => n.id === fromHits[0]?.id);
      b = nodes.find((n) => n.id === toHits[0]?.id);
    } catch (error) {
      setBusy(false);
      setResult(null);
      onPath(null);
      setFailure(error instanceof ApiError ? error : new ApiError('internal', String(error)));
      return;
    }
    if (!a || !b) {
      setBusy(false);
      setResult(null);
      onPath(null);
      setMessage(t.pathUnknown((!a ? from : to).trim()));
      return;
    }
    if (a.id === b.id) {
      setBusy(false);
      setMessage(t.pathSame);
      return;
    }
    try {
      const found = await loadPath(a.id, b.id);
      setResult(found);
      onPath(found.found ? found : null);
      if (!found.found) setMessage(t.pathNone(label(a), label(b)));
    } catch (error) {
      setResult(null);
      onPath(null);
      setFailure(error instanceof ApiError ? error : new ApiError('internal', String(error)));
    } finally {
      setBusy(false);
    }
  };

  const relation = (type: string) => t.relations[type as keyof typeof t.relations] ?? type;
  // Each passage once along the path (a passage stating two relations is quoted at the first), in the
  // reader's language where the notes have both.
  const stepEvidence: PassageView[][] = [];
  if (result?.found) {
    const shown: PassageView[] = [];
    for (const step of result.steps) {
      const own = passagesForLanguage(step.evidence, language, shown).slice(0, 2);
      stepEvidence.push(own);
      shown.push(...own);
    }
  }
  return (
    <section aria-labelledby={`${ids}-title`} className="rounded-lg border border-slate-200 bg-white p-3">
      <h2 id={`${ids}-title`} className="mb-2 text-sm font-semibold text-slate-800">
        {t.pathHeading}
      </h2>
      <form onSubmit={submit} className="grid grid-cols-[auto_1fr] items-center gap-x-2 gap-y-2">
        <label htmlFor={`${ids}-from`} className="text-sm text-slate-800">
          {t.pathFrom}
        </label>
        <input
          id={`${ids}-from`}
          list={`${ids}-names`}
          value={from}
          onChange={(e) => setFrom(e.target.value)}
          required
          className="min-w-0 rounded-md border border-slate-400 px-2 py-1.5 text-sm"
        />
        <label htmlFor={`${ids}-to`} className="text-sm text-slate-800">
          {t.pathTo}
        </label>
        <input
          id={`${ids}-to`}
          list={`${ids}-names`}
          value={to}
          onChange={(e) => setTo(e.target.value)}
          required
          className="min-w-0 rounded-md border border-slate-400 px-2 py-1.5 text-sm"
        />
        <datalist id={`${ids}-names`}>
          {nodes.map((n) => (
            <option key={n.id} value={label(n)} />
          ))}
        </datalist>
        <button
          type="submit"
          disabled={busy}
          className="col-span-2 rounded-md bg-blue-700 px-3 py-1.5 text-sm font-medium text-white hover:bg-blue-800 disabled:bg-slate-400 disabled:text-slate-900"
        >
          {t.pathFind}
        </button>
      </form>
      <div aria-live="polite" className="mt-2">
        {failure ? <ErrorBanner message={friendlyError(t, failure)} /> : null}
        {message ? <p className="text-sm text-slate-800">{message}</p> : null}
        {result?.found ? (
          <div>
            <p className="mb-1 text-xs text-slate-700">{t.pathSteps(result.steps.length)}</p>
            <ol className="flex flex-col gap-2">
              {result.steps.map((step, index) => {
                const [a, b] = step.direction === 'forward' ? [step.from, step.to] : [step.to, step.from];
                return (
                  <li
                    key={`${step.from.id}->${step.to.id}`}
                    className="rounded-md border border-blue-200 bg-blue-50/50 p-2 text-sm"
                  >
                    <p>
                      <button
                        type="button"
                        onClick={() => onSelect(a.id)}
                        className="font-medium text-blue-800 underline underline-offset-2"
                      >
                        {labelOfId(a.id, a.label)}
                      </button>{' '}
                      <span className="text-slate-800">{relation(step.relation)}</span>{' '}
                      <button
                        type="button"
                        onClick={() => onSelect(b.id)}
                        className="font-medium text-blue-800 underline underline-offset-2"
                      >
                        {labelOfId(b.id, b.label)}
                      </button>
                    </p>
                    {(stepEvidence[index] ?? []).map((p) => (
                      <figure key={p.id} className="mt-1">
                        <blockquote
                          lang={p.lang === 'zh' ? 'zh-CN' : 'en'}
                          className="border-l-2 border-blue-300 pl-2 text-slate-900"
                        >
                          {p.text}
                        </blockquote>
                        <figcaption className="font-mono text-xs text-slate-700">
                          {t.lineRef(p.source.file, p.source.line)}
                        </figcaption>
                      </figure>
                    ))}
                  </li>
                );
              })}
            </ol>
          </div>
        ) : null}
      </div>
    </section>
  );
}
