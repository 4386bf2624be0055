'use client';

import type { Citation } from '@notetutor/contracts';
import { useEffect, useRef } from 'react';
import { useI18n } from '../i18n/language-provider';

export interface CitationDialogProps {
  /** The citation to show, with its 1-based number (none for a quiz's or a path's passage); `null` closes. */
  open: { n?: number; citation: Citation } | null;
  onClose: () => void;
}

function Passage({
  heading,
  quote,
  file,
  line,
  lang,
}: {
  heading: string;
  quote: string;
  file: string;
  line: number;
  lang?: string;
}) {
  const { t } = useI18n();
  return (
    <figure className="min-w-0 flex-1">
      <blockquote
        lang={lang}
        className="whitespace-pre-wrap rounded-md border-l-4 border-blue-600 bg-slate-50 px-3 py-2 leading-relaxed text-slate-900"
      >
        {quote}
      </blockquote>
      <figcaption className="mt-2 text-sm text-slate-700">
        {heading ? <span className="block font-medium text-slate-900">{heading}</span> : null}
        <span className="font-mono text-xs">{t.lineRef(file, line)}</span>
      </figcaption>
    </figure>
  );
}

/**
 * The quoted passage behind a citation mark: its heading and file:line, and for a passage read in
 * translation the Chinese original beside it. A native modal `<dialog>`: focus moves in, Esc closes, focus
 * returns to the mark.
 */
export function CitationDialog({ open, onClose }: CitationDialogProps) {
  const { t } = useI18n();
  const ref = useRef<HTMLDialogElement>(null);

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) dialog.showModal();
    if (!open && dialog.open) dialog.close();
  }, [open]);

  const citation = open?.citation;
  const original = citation?.original;
  return (
    // biome-ignore lint/a11y/useKeyWithClickEvents: the keyboard closes a modal dialog with Esc natively; the click is for the backdrop
    <dialog
      ref={ref}
      onClose={onClose}
      onClick={(event) => {
        // A click on the backdrop (the dialog element itself, outside its box) closes it.
        if (event.target === ref.current) onClose();
      }}
      aria-labelledby="citation-dialog-title"
      className="m-auto w-[min(56rem,calc(100vw-1.5rem))] max-h-[85dvh] overflow-auto rounded-lg border border-slate-300 bg-white p-0 text-slate-900 shadow-xl"
    >
      {open && citation ? (
        <div className="p-4 sm:p-5">
          <div className="mb-3 flex items-start gap-3">
            <h2 id="citation-dialog-title" className="flex-1 text-lg font-semibold">
              {open.n === undefined ? t.quizFromNotes : t.passageDialogTitle(open.n)}
            </h2>
            <button
              type="button"
              onClick={onClose}
              className="rounded border border-slate-300 px-3 py-1 text-sm hover:bg-slate-100"
            >
              {t.close}
            </button>
          </div>
          {original ? (
            <div className="flex flex-col gap-4 md:flex-row">
              <section className="min-w-0 flex-1" aria-label={t.translationHeading}>
                <h3 className="mb-1 text-xs font-semibold uppercase tracking-wide text-slate-700">
                  {t.translationHeading}
                </h3>
                <Passage
                  heading={citation.source.heading}
                  quote={citation.quote}
                  file={citation.source.file}
                  line={citation.source.line}
                  lang="en"
                />
              </section>
              <section className="min-w-0 flex-1" aria-label={t.originalHeading}>
                <h3 className="mb-1 text-xs font-semibold uppercase tracking-wide text-slate-700">
                  {t.originalHeading}
                </h3>
                <Passage
                  heading={original.source.heading}
                  quote={original.quote}
                  file={original.source.file}
                  line={original.source.line}
                  lang="zh"
                />
              </section>
            </div>
          ) : (
            <Passage
              heading={citation.source.heading}
              quote={citation.quote}
              file={citation.source.file}
              line={citation.source.line}
            />
          )}
        </div>
      ) : null}
    </dialog>
  );
}
