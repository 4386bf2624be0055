'use client';

import type { Citation, DueCards, StudyCard } from '@notetutor/contracts';
import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';
import { ApiError } from '@/lib/api/api-error';
import { friendlyError } from '@/lib/api/friendly-error';
import { loadDueCards, postReview } from '@/lib/api/study-api';
import { CitationDialog } from '../chat/citation-dialog';
import { useI18n } from '../i18n/language-provider';
import { ErrorBanner } from '../layout/error-banner';

const SESSION_SIZE = 50;
type Rating = 1 | 2 | 3 | 4;

function newReviewId(): string {
  return `r-${crypto.randomUUID()}`;
}

/** "in 9 min", from an ISO time. */
function useRelative() {
  const { t } = useI18n();
  return (iso: string) => t.relativeTime((Date.parse(iso) - Date.now()) / 60_000);
}

/**
 * A study session: today's due cards one at a time. Space (or the button) shows the answer with the passages
 * it cites — the citation dialog puts the Chinese original beside the English — and 1–4 (or the buttons)
 * rate it. A progress bar counts the session; when it is done, the next review time shows.
 */
export function StudySession({ concept }: { concept?: string | undefined }) {
  const { t, language } = useI18n();
  const relative = useRelative();
  const [due, setDue] = useState<DueCards | null>(null);
  const [queue, setQueue] = useState<StudyCard[]>([]);
  const [reviewed, setReviewed] = useState(0);
  const [flipped, setFlipped] = useState(false);
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [citation, setCitation] = useState<{ n: number; citation: Citation } | null>(null);
  const pending = useRef<{ cardId: string; reviewId: string } | null>(null);

  const load = useCallback(
    async (signal?: AbortSignal) => {
      try {
        const next = await loadDueCards({ lang: language, limit: SESSION_SIZE, concept }, signal);
        setDue(next);
        setQueue(next.cards);
        setFlipped(false);
        setError(null);
      } catch (caught) {
        if (signal?.aborted) return;
        setError(caught instanceof ApiError ? caught : new ApiError('unreachable', String(caught)));
      }
    },
    [language, concept],
  );

  useEffect(() => {
    const controller = new AbortController();
    void load(controller.signal);
    return () => controller.abort();
  }, [load]);

  const card = queue[0];
  const rate = useCallback(
    async (rating: Rating) => {
      if (!card || busy) return;
      setBusy(true);
      // A retry of the same card keeps its review id, so a lost answer never counts twice.
      if (pending.current?.cardId !== card.id) pending.current = { cardId: card.id, reviewId: newReviewId() };
      try {
        await postReview({
          cardId: card.id,
          rating,
          reviewId: pending.current.reviewId,
          cardVersion: card.schedule.version,
        });
        pending.current = null;
        setReviewed((n) => n + 1);
        setNotice(null);
        setQueue((q) => q.slice(1));
        setFlipped(false);
      } catch (caught) {
        if (caught instanceof ApiError && (caught.code === 'conflict' || caught.code === 'not_found')) {
          pending.current = null;
          setNotice(t.studyConflict);
          setQueue((q) => q.slice(1));
          setFlipped(false);
        } else {
          setError(caught instanceof ApiError ? caught : new ApiError('unreachable', String(caught)));
        }
      } finally {
        setBusy(false);
      }
    },
    [card, busy, t],
  );

  // The key handler reads the state of the last commit through a ref, updated in a layout effect, so a key
  // pressed the moment the answer shows (or a dialog closes) is never handled with the state before it.
  const live = useRef({ card, flipped, rate });
  useLayoutEffect(() => {
    live.current = { card, flipped, rate };
  });
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.altKey || event.ctrlKey || event.metaKey) return;
      // An open dialog (the cited passage) owns the keyboard; the DOM says so before React has heard of it.
      if (document.querySelector('dialog[open]')) return;
      const target = event.target as HTMLElement | null;
      if (target?.closest('input, textarea, select, [contenteditable="true"]')) return;
      const { card: shown, flipped: answerShown, rate: rateShown } = live.current;
      if (event.key === ' ' || event.code === 'Space') {
        if (!shown) return;
        event.preventDefault();
        setFlipped(true);
      } else if (answerShown && ['1', '2', '3', '4'].includes(event.key)) {
        event.preventDefault();
        void rateShown(Number(event.key) as Rating);
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  if (error && !due) {
    return (
      <ErrorBanner
        message={error.code === 'store_unavailable' ? t.studyUnavailable : friendlyError(t, error)}
        onRetry={() => void load()}
      />
    );
  }
  if (!due) return <p className="text-slate-700">{t.studyLoading}</p>;

  const total = reviewed + queue.length;
  const percent = total === 0 ? 100 : Math.round((reviewed / total) * 100);
  return (
    <section aria-label={t.studyTitle} className="flex flex-col gap-4">
      <p className="text-sm text-slate-700" data-testid="due-summary">
        {t.studyDueSummary(Math.max(0, due.dueNow - reviewed), Math.max(0, due.dueToday - reviewed))}
        {due.nextDue && !card ? ` · ${t.studyNextReview(relative(due.nextDue))}` : ''}
      </p>
      <div>
        <div
          role="progressbar"
          aria-label={t.studyProgress(reviewed, total)}
          aria-valuemin={0}
          aria-valuemax={total}
          aria-valuenow={reviewed}
          className="h-2 w-full overflow-hidden rounded bg-slate-200"
        >
          <div className="h-full bg-blue-600 transition-[width]" style={{ width: `${percent}%` }} />
        </div>
        <p className="mt-1 text-xs text-slate-700">{t.studyProgress(reviewed, total)}</p>
      </div>
      {notice ? (
        <p
          role="status"
          className="rounded border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-900"
        >
          {notice}
        </p>
      ) : null}
      {error ? <ErrorBanner message={friendlyError(t, error)} onRetry={() => setError(null)} /> : null}
      {card ? (
        <article
          aria-live="polite"
          data-testid="study-card"
          data-card-id={card.id}
          className="rounded-lg border border-slate-300 bg-white p-4 shadow-sm sm:p-6"
        >
          <p className="text-xs font-semibold uppercase tracking-wide text-slate-600">
            {t.studyKinds[card.kind]} · {card.concepts.map((c) => c.label).join(' · ')}
          </p>
          <h2
            lang={card.lang === 'zh' ? 'zh-CN' : 'en'}
            className="mt-2 text-xl font-semibold leading-relaxed"
          >
            {card.front}
          </h2>
          {card.schedule.changed ? <p className="mt-2 text-sm text-amber-800">{t.studyChanged}</p> : null}
          {flipped ? (
            <div className="mt-4 border-t border-slate-200 pt-4" data-testid="card-back">
              <p lang={card.lang === 'zh' ? 'zh-CN' : 'en'} className="text-lg font-medium text-blue-900">
                {card.answer}
              </p>
              {card.back && card.back !== card.answer ? (
                <blockquote
                  lang={card.lang === 'zh' ? 'zh-CN' : 'en'}
                  className="mt-3 whitespace-pre-wrap rounded-md border-l-4 border-blue-600 bg-slate-50 px-3 py-2 leading-relaxed"
                >
                  {card.back}
                </blockquote>
              ) : null}
              {card.citations.length > 0 ? (
                <div className="mt-3">
                  <h3 className="text-xs font-semibold uppercase tracking-wide text-slate-600">
                    {t.studySources}
                  </h3>
                  <ul className="mt-1 flex flex-wrap gap-2">
                    {card.citations.map((c, i) => (
                      <li key={c.id}>
                        <button
                          type="button"
                          onClick={() => setCitation({ n: i + 1, citation: c })}
                          className="rounded border border-slate-300 px-2 py-1 text-sm text-blue-800 hover:bg-slate-100"
                        >
                          {t.studySource(i + 1, c.source.file, c.source.line)}
                        </button>
                      </li>
                    ))}
                  </ul>
                </div>
              ) : null}
              <h3 className="mt-4 text-sm font-medium text-slate-800">{t.studyRateHeading}</h3>
              <div className="mt-2 grid grid-cols-2 gap-2 sm:grid-cols-4">
                {t.studyRatings.map((label, i) => (
                  <button
                    key={label}
                    type="button"
                    disabled={busy}
                    onClick={() => void rate((i + 1) as Rating)}
                    className="min-h-11 rounded border border-slate-300 bg-white px-3 py-2 font-medium hover:bg-blue-50 disabled:opacity-50"
                  >
                    <kbd className="mr-1 text-xs text-slate-500">{i + 1}</kbd>
                    {label}
                  </button>
                ))}
              </div>
            </div>
          ) : (
            <div className="mt-4">
              <button
                type="button"
                onClick={() => setFlipped(true)}
                className="min-h-11 rounded bg-blue-700 px-4 py-2 font-medium text-white hover:bg-blue-800"
              >
                {t.studyShowAnswer}
              </button>
              <p className="mt-2 hidden text-xs text-slate-600 sm:block">{t.studyFlipHint}</p>
            </div>
          )}
        </article>
      ) : (
        <div className="rounded-lg border border-slate-300 bg-white p-4 sm:p-6" data-testid="study-done">
          <p className="font-medium">{reviewed > 0 ? t.studyDone(reviewed) : t.studyNoneDue}</p>
          {due.nextDue ? (
            <p className="mt-1 text-slate-700">{t.studyNextReview(relative(due.nextDue))}</p>
          ) : null}
          <button
            type="button"
            onClick={() => {
              setReviewed(0);
              void load();
            }}
            className="mt-3 rounded border border-slate-300 px-3 py-1.5 text-sm hover:bg-slate-100"
          >
            {t.studyMoreCards}
          </button>
        </div>
      )}
      <CitationDialog open={citation} onClose={() => setCitation(null)} />
    </section>
  );
}
