'use client';

import { type FormEvent, useEffect, useId, useState } from 'react';
import { findConcepts } from '@/lib/api/find-concept';
import type { GraphNodeView } from '@/lib/graph/graph-view';
import { kindColor } from '@/lib/graph/kind-colors';
import { useI18n } from '../i18n/language-provider';

export interface ConceptSearchProps {
  nodes: GraphNodeView[];
  onPick: (id: string) => void;
}

interface Hit {
  id: string;
  labelZh: string;
  labelEn: string;
  kind: string;
}

/**
 * Search by any alias (`GET /api/concepts?q=`, the API's ranked search; nothing found if it fails). Enter picks
 * the best match; each result is a button. Picking focuses the concept in the graph.
 */
export function ConceptSearch({ nodes, onPick }: ConceptSearchProps) {
  const { t, language } = useI18n();
  const [query, setQuery] = useState('');
  const [hits, setHits] = useState<Hit[] | null>(null);
  const ids = useId();

  useEffect(() => {
    const q = query.trim();
    if (!q) {
      setHits(null);
      return;
    }
    // Hits are kept to the graph drawn; with no graph at hand (a page that only searches), every hit.
    const known = nodes.length > 0 ? new Set(nodes.map((n) => n.id)) : null;
    const controller = new AbortController();
    const timer = setTimeout(() => {
      findConcepts(q, known, controller.signal)
        .then((found) => setHits(found.slice(0, 8)))
        .catch(() => {
          if (!controller.signal.aborted) setHits([]);
        });
    }, 150);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [query, nodes]);

  const pick = (id: string) => {
    onPick(id);
    setQuery('');
    setHits(null);
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const best =
      hits?.[0] ??
      (
        await findConcepts(query, nodes.length > 0 ? new Set(nodes.map((n) => n.id)) : null).catch(() => [])
      )[0];
    if (best) pick(best.id);
  };

  return (
    <search>
      <form onSubmit={submit} className="flex flex-col gap-1">
        <label htmlFor={`${ids}-q`} className="text-sm font-semibold text-slate-800">
          {t.searchLabel}
        </label>
        <input
          id={`${ids}-q`}
          type="search"
          value={query}
          onChange={(event) => setQuery(event.target.value)}
          placeholder={t.searchPlaceholder}
          autoComplete="off"
          aria-describedby={`${ids}-status`}
          className="w-full rounded-md border border-slate-400 bg-white px-3 py-2 text-slate-900 placeholder:text-slate-600"
        />
        <p id={`${ids}-status`} className="sr-only" role="status">
          {hits === null ? '' : hits.length === 0 ? t.searchNoMatch : t.searchResults(hits.length)}
        </p>
        {hits && hits.length === 0 ? <p className="text-sm text-slate-700">{t.searchNoMatch}</p> : null}
        {hits && hits.length > 0 ? (
          <ul className="flex flex-col rounded-md border border-slate-200 bg-white py-1 shadow-sm">
            {hits.map((hit) => {
              const main = language === 'zh' ? hit.labelZh : hit.labelEn;
              const other = language === 'zh' ? hit.labelEn : hit.labelZh;
              return (
                <li key={hit.id}>
                  <button
                    type="button"
                    onClick={() => pick(hit.id)}
                    className="flex w-full items-center gap-2 px-3 py-1.5 text-left text-sm hover:bg-blue-50"
                  >
                    <span
                      aria-hidden="true"
                      className="inline-block h-2.5 w-2.5 shrink-0 rounded-full"
                      style={{ background: kindColor(hit.kind) }}
                    />
                    <span className="font-medium text-slate-900">{main}</span>
                    {other !== main ? <span className="text-slate-700">{other}</span> : null}
                    <span className="ml-auto text-xs text-slate-700">
                      {t.kinds[hit.kind as keyof typeof t.kinds] ?? hit.kind}
                    </span>
                  </button>
                </li>
              );
            })}
          </ul>
        ) : null}
      </form>
    </search>
  );
}
