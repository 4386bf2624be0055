'use client';

import type { Citation, ConceptGap, RelationGap, StudyGaps } from '@notetutor/contracts';
import Link from 'next/link';
import { useCallback, useEffect, useState } from 'react';
import { ApiError } from '@/lib/api/api-error';
import { friendlyError } from '@/lib/api/friendly-error';
import { clearAskedGaps, loadGaps, setGapRecording } from '@/lib/api/gaps-api';
import { useI18n } from '../i18n/language-provider';
import { ErrorBanner } from '../layout/error-banner';

const asError = (caught: unknown) =>
  caught instanceof ApiError ? caught : new ApiError('unreachable', String(caught));

function PassageItem({ passage }: { passage: Citation }) {
  const { t } = useI18n();
  return (
    <li className="border-l-2 border-slate-300 pl-2 text-sm text-slate-700">
      <span className="font-mono text-xs text-slate-600">
        {t.gapsPassage(passage.source.file, passage.source.line)}
      </span>
      <span className="block whitespace-pre-line">{passage.quote}</span>
    </li>
  );
}

/** The first passage in full; the others behind a disclosure, so the page stays a list one can scan. */
function Passages({ passages }: { passages: Citation[] }) {
  const { t } = useI18n();
  const [first, ...rest] = passages;
  if (!first) return null;
  return (
    <div className="mt-1">
      <ul className="flex flex-col gap-1">
        <PassageItem passage={first} />
      </ul>
      {rest.length > 0 ? (
        <details className="mt-1 text-sm">
          <summary className="cursor-pointer text-blue-800">{t.gapsMorePassages(rest.length)}</summary>
          <ul className="mt-1 flex flex-col gap-1">
            {rest.map((p) => (
              <PassageItem key={p.id} passage={p} />
            ))}
          </ul>
        </details>
      ) : null}
    </div>
  );
}

function ConceptLink({ id, label }: { id: string; label: string }) {
  return (
    <Link href={`/concepts/${encodeURIComponent(id)}`} className="font-semibold text-blue-800 underline">
      {label}
    </Link>
  );
}

function GapSection(props: {
  id: string;
  title: string;
  lead: string;
  total: number;
  children: React.ReactNode[];
}) {
  const { t } = useI18n();
  return (
    <section aria-labelledby={props.id} data-testid={props.id} className="flex flex-col gap-2">
      <h2 id={props.id} className="text-lg font-semibold">
        {props.title}{' '}
        <span className="text-sm font-normal text-slate-600">
          {t.gapsShowing(props.children.length, props.total)}
        </span>
      </h2>
      <p className="text-sm text-slate-700">{props.lead}</p>
      {props.children.length === 0 ? (
        <p className="text-sm text-slate-600">{t.gapsNoneHere}</p>
      ) : (
        <ul className="flex flex-col gap-3">{props.children}</ul>
      )}
    </section>
  );
}

/**
 * The gaps page: the learner's questions the tutor declined or answered only partly (with the switch that
 * keeps them or not, and a button that forgets them), then what the notes mention without explaining —
 * concepts never defined, concepts with one passage, concepts only ever side by side — each with the passages
 * involved, so the learner knows what to write next. `data-state` and `data-recording` on the root say what
 * the server last confirmed.
 */
export function GapsView() {
  const { t, language } = useI18n();
  const [gaps, setGaps] = useState<StudyGaps | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);

  const load = useCallback(
    async (signal?: AbortSignal) => {
      try {
        setGaps(await loadGaps(language, signal));
        setError(null);
      } catch (caught) {
        if (!signal?.aborted) setError(asError(caught));
      }
    },
    [language],
  );
  useEffect(() => {
    const controller = new AbortController();
    void load(controller.signal);
    return () => controller.abort();
  }, [load]);

  const toggle = async (recording: boolean) => {
    setBusy(true);
    try {
      const now = await setGapRecording(recording);
      setGaps((g) => (g?.asked ? { ...g, asked: { ...g.asked, recording: now } } : g));
      setNotice(null);
    } catch (caught) {
      setError(asError(caught));
    } finally {
      setBusy(false);
    }
  };
  const clear = async () => {
    setBusy(true);
    try {
      const cleared = await clearAskedGaps();
      setGaps((g) => (g?.asked ? { ...g, asked: { ...g.asked, questions: [] } } : g));
      setNotice(t.gapsCleared(cleared));
    } catch (caught) {
      setError(asError(caught));
    } finally {
      setBusy(false);
    }
  };

  if (!gaps) {
    return error ? (
      <ErrorBanner message={friendlyError(t, error)} onRetry={() => void load()} />
    ) : (
      <p data-testid="gaps" data-state="loading" className="text-slate-700">
        {t.gapsLoading}
      </p>
    );
  }
  const asked = gaps.asked;
  const conceptItem = (gap: ConceptGap) => (
    <li key={gap.concept.id} data-concept={gap.concept.id}>
      <ConceptLink {...gap.concept} />{' '}
      <span className="text-sm text-slate-600">{t.gapsMentions(gap.mentions)}</span>
      <Passages passages={gap.passages} />
    </li>
  );
  const relationItem = (gap: RelationGap) => (
    <li key={`${gap.from.id}|${gap.to.id}`}>
      <ConceptLink {...gap.from} /> <span aria-hidden="true">↔</span>
      <span className="sr-only">{t.gapsAnd}</span> <ConceptLink {...gap.to} />
      <Passages passages={gap.passages} />
    </li>
  );

  return (
    <div
      data-testid="gaps"
      data-state="ready"
      data-recording={asked ? String(asked.recording) : undefined}
      className="flex flex-col gap-8"
    >
      {error ? <ErrorBanner message={friendlyError(t, error)} onDismiss={() => setError(null)} /> : null}
      <section aria-labelledby="gaps-asked" className="flex flex-col gap-2">
        <h2 id="gaps-asked" className="text-lg font-semibold">
          {t.gapsAskedHeading}
        </h2>
        {asked ? (
          <>
            <label className="flex items-center gap-2 text-sm">
              <input
                type="checkbox"
                data-testid="gap-recording"
                checked={asked.recording}
                disabled={busy}
                onChange={(event) => void toggle(event.target.checked)}
              />
              {t.gapsRecording}
            </label>
            {asked.recording ? null : <p className="text-sm text-slate-600">{t.gapsRecordingOff}</p>}
            {asked.questions.length === 0 ? (
              <p data-testid="asked-gaps-empty" className="text-sm text-slate-600">
                {t.gapsAskedNone}
              </p>
            ) : (
              <ul className="flex flex-col gap-2" data-testid="asked-gaps">
                {asked.questions.map((q) => (
                  <li
                    key={q.question}
                    data-testid="asked-gap"
                    className="rounded border border-slate-200 p-2"
                  >
                    <span className="block">{q.question}</span>
                    <span className="text-sm text-slate-600">
                      {q.kind === 'declined' ? t.gapsDeclined : t.gapsPartial(q.missing)}
                      {q.times > 1 ? ` · ${t.gapsTimes(q.times)}` : ''}
                    </span>
                  </li>
                ))}
              </ul>
            )}
            {asked.questions.length > 0 ? (
              <button
                type="button"
                onClick={() => void clear()}
                disabled={busy}
                className="self-start rounded border border-slate-300 px-3 py-1.5 text-sm hover:bg-slate-100"
              >
                {t.gapsClear}
              </button>
            ) : null}
            {notice ? (
              <p role="status" className="text-sm text-slate-700">
                {notice}
              </p>
            ) : null}
          </>
        ) : (
          <p className="text-sm text-slate-600">{t.gapsAnonymous}</p>
        )}
      </section>
      <GapSection
        id="gaps-undefined"
        title={t.gapsUndefinedHeading}
        lead={t.gapsUndefinedLead}
        total={gaps.totals.undefined}
      >
        {gaps.undefined.map(conceptItem)}
      </GapSection>
      <GapSection
        id="gaps-single"
        title={t.gapsSingleHeading}
        lead={t.gapsSingleLead}
        total={gaps.totals.singlePassage}
      >
        {gaps.singlePassage.map(conceptItem)}
      </GapSection>
      <GapSection
        id="gaps-cooccurrence"
        title={t.gapsCooccurrenceHeading}
        lead={t.gapsCooccurrenceLead}
        total={gaps.totals.cooccurrenceOnly}
      >
        {gaps.cooccurrenceOnly.map(relationItem)}
      </GapSection>
    </div>
  );
}
