'use client';

import type { ConceptDetail, PassageView } from '@notetutor/contracts';
import Link from 'next/link';
import { useEffect, useState } from 'react';
import { ApiError } from '@/lib/api/api-error';
import { friendlyError } from '@/lib/api/friendly-error';
import { loadConceptDetail } from '@/lib/api/load-concept-detail';
import { definingSentence } from '@/lib/graph/defining-sentence';
import { kindColor } from '@/lib/graph/kind-colors';
import { passageInLanguage } from '@/lib/graph/passage-in-language';
import { passagesForLanguage } from '@/lib/graph/passages-for-language';
import { neighbourKey } from '@/lib/validate/to-concept-detail';
import { useI18n } from '../i18n/language-provider';
import { ErrorBanner } from '../layout/error-banner';
import { ConceptMastery } from '../study/concept-mastery';

export interface ConceptPanelProps {
  id: string;
  /** The label of a concept in the interface language, when the graph knows it. */
  labelOf?: (id: string) => string | undefined;
  onSelect: (id: string) => void;
  onClose: () => void;
}

/** A passage with its source line; with `excerpt`, the excerpt and the whole passage one click away. */
function PassageQuote({ passage, excerpt }: { passage: PassageView; excerpt?: string }) {
  const { t } = useI18n();
  const short = excerpt !== undefined && excerpt !== passage.text.trim();
  return (
    <figure>
      <blockquote
        lang={passage.lang === 'zh' ? 'zh-CN' : 'en'}
        className="rounded border-l-4 border-slate-300 bg-slate-50 px-2.5 py-1.5 text-sm leading-relaxed text-slate-900"
      >
        {short ? excerpt : passage.text}
        {short ? (
          <details className="mt-1">
            <summary className="cursor-pointer text-xs text-blue-800 underline">{t.wholePassage}</summary>
            <p className="mt-1">{passage.text}</p>
          </details>
        ) : null}
      </blockquote>
      <figcaption className="mt-0.5 font-mono text-xs text-slate-700">
        {t.lineRef(passage.source.file, passage.source.line)}
        {passage.source.heading ? ` · ${passage.source.heading}` : ''}
      </figcaption>
    </figure>
  );
}

/**
 * The selected concept: labels, kind, definition, the passages that mention it, its neighbours (clickable),
 * and ways on: ask the tutor about it, or open its shareable page.
 */
export function ConceptPanel({ id, labelOf, onSelect, onClose }: ConceptPanelProps) {
  const { t, language } = useI18n();
  const [detail, setDetail] = useState<ConceptDetail | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [attempt, setAttempt] = useState(0);
  const [showAllEvidence, setShowAllEvidence] = useState(false);

  useEffect(() => {
    const controller = new AbortController();
    void attempt;
    setError(null);
    setShowAllEvidence(false);
    loadConceptDetail(id, controller.signal)
      .then(setDetail)
      .catch((e: unknown) => {
        if (controller.signal.aborted) return;
        setDetail(null);
        setError(e instanceof ApiError ? e : new ApiError('internal', String(e)));
      });
    return () => controller.abort();
  }, [id, attempt]);

  if (error)
    return (
      <ErrorBanner
        message={friendlyError(t, error)}
        onRetry={() => setAttempt((n) => n + 1)}
        onDismiss={onClose}
      />
    );
  if (!detail || detail.id !== id)
    return (
      <p className="text-sm text-slate-700" role="status">
        {t.graphLoading}
      </p>
    );

  const label = language === 'zh' ? detail.labelZh : detail.labelEn;
  const other = language === 'zh' ? detail.labelEn : detail.labelZh;
  const definition = detail.definition
    ? passageInLanguage(detail.definition, language, detail.evidence)
    : null;
  const evidence = passagesForLanguage(detail.evidence, language, definition ? [definition] : []);
  const shownEvidence = showAllEvidence ? evidence : evidence.slice(0, 3);
  const kindName = t.kinds[detail.kind as keyof typeof t.kinds] ?? detail.kind;
  const relation = (type: string) => t.relations[type as keyof typeof t.relations] ?? type;

  return (
    <section
      aria-labelledby="concept-panel-title"
      className="flex flex-col gap-3 rounded-lg border border-slate-200 bg-white p-3 shadow-sm"
    >
      <div className="flex items-start gap-2">
        <div className="min-w-0 flex-1">
          <h2 id="concept-panel-title" className="text-lg font-semibold text-slate-900">
            {label}
            {other && other !== label ? (
              <span className="ml-2 text-base font-normal text-slate-700">{other}</span>
            ) : null}
          </h2>
          <p className="mt-0.5 flex flex-wrap items-center gap-2 text-sm text-slate-700">
            <span className="inline-flex items-center gap-1">
              <span
                aria-hidden="true"
                className="inline-block h-2.5 w-2.5 rounded-full"
                style={{ background: kindColor(detail.kind) }}
              />
              {kindName}
            </span>
            <span>· {t.mentions(detail.mentions)}</span>
          </p>
        </div>
        <button
          type="button"
          onClick={onClose}
          aria-label={t.closePanel}
          className="rounded px-2 py-1 text-slate-700 hover:bg-slate-100"
        >
          <span aria-hidden="true">✕</span>
        </button>
      </div>

      <div className="flex flex-wrap gap-2">
        <Link
          href={`/?q=${encodeURIComponent(t.askTemplate(label))}`}
          className="rounded-md bg-blue-700 px-3 py-1.5 text-sm font-medium text-white hover:bg-blue-800"
        >
          {t.askAbout}
        </Link>
        <Link
          href={`/?q=${encodeURIComponent(t.quizMeTemplate(label))}`}
          data-testid="quiz-me"
          className="rounded-md border border-blue-700 px-3 py-1.5 text-sm font-medium text-blue-800 hover:bg-blue-50"
        >
          {t.quizMe}
        </Link>
        <Link
          href={`/concepts/${encodeURIComponent(detail.id)}`}
          className="rounded-md border border-slate-300 px-3 py-1.5 text-sm text-slate-800 hover:bg-slate-100"
        >
          {t.openConceptPage}
        </Link>
      </div>
      <ConceptMastery id={detail.id} />

      <div>
        <h3 className="mb-1 text-xs font-semibold uppercase tracking-wide text-slate-700">
          {t.panelDefinition}
        </h3>
        {definition ? (
          <PassageQuote
            passage={definition}
            excerpt={definingSentence(definition.text, [detail.labelEn, detail.labelZh, ...detail.aliases])}
          />
        ) : (
          <p className="text-sm text-slate-700">{t.panelNoDefinition}</p>
        )}
      </div>

      {evidence.length > 0 ? (
        <div>
          <h3 className="mb-1 text-xs font-semibold uppercase tracking-wide text-slate-700">
            {t.panelEvidence}
          </h3>
          <ul className="flex flex-col gap-2">
            {shownEvidence.map((p) => (
              <li key={p.id}>
                <PassageQuote passage={p} />
              </li>
            ))}
          </ul>
          {evidence.length > shownEvidence.length ? (
            <button
              type="button"
              onClick={() => setShowAllEvidence(true)}
              className="mt-1 text-sm text-blue-800 underline"
            >
              {t.morePassages(evidence.length - shownEvidence.length)}
            </button>
          ) : null}
        </div>
      ) : null}

      <div>
        <h3 className="mb-1 text-xs font-semibold uppercase tracking-wide text-slate-700">
          {t.panelNeighbours}
        </h3>
        {detail.neighbours.length === 0 ? (
          <p className="text-sm text-slate-700">{t.panelNoNeighbours}</p>
        ) : (
          <ul className="flex flex-col gap-0.5">
            {detail.neighbours.map((n) => (
              <li key={neighbourKey(n)} className="text-sm">
                <button
                  type="button"
                  onClick={() => onSelect(n.concept.id)}
                  className="w-full rounded px-1 py-0.5 text-left hover:bg-slate-100"
                >
                  {/* One phrasing both ways: subject, relation, object, with this concept named. */}
                  {n.direction === 'out' ? (
                    <>
                      <span className="text-slate-900">{label}</span>{' '}
                      <span className="text-slate-700">{relation(n.relation)}</span>{' '}
                      <span className="font-medium text-blue-800 underline decoration-blue-300 underline-offset-2">
                        {labelOf?.(n.concept.id) ?? n.concept.label}
                      </span>
                    </>
                  ) : (
                    <>
                      <span className="font-medium text-blue-800 underline decoration-blue-300 underline-offset-2">
                        {labelOf?.(n.concept.id) ?? n.concept.label}
                      </span>{' '}
                      <span className="text-slate-700">{relation(n.relation)}</span>{' '}
                      <span className="text-slate-900">{label}</span>
                    </>
                  )}
                </button>
              </li>
            ))}
          </ul>
        )}
      </div>
    </section>
  );
}
