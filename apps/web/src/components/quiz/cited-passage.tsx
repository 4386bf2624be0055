'use client';

import type { Citation } from '@notetutor/contracts';
import { useI18n } from '../i18n/language-provider';

/** A quoted passage of the notes with its file:line, which opens the citation dialog (original beside it). */
export function CitedPassage({ citation, onOpen }: { citation: Citation; onOpen: (c: Citation) => void }) {
  const { t } = useI18n();
  const zh = /\p{Script=Han}/u.test(citation.quote);
  return (
    <figure className="min-w-0">
      <blockquote
        lang={zh ? 'zh-CN' : 'en'}
        className="whitespace-pre-wrap rounded border-l-4 border-blue-600 bg-slate-50 px-2.5 py-1.5 text-sm leading-relaxed text-slate-900 [overflow-wrap:anywhere]"
      >
        {citation.quote}
      </blockquote>
      <figcaption className="mt-0.5">
        <button
          type="button"
          data-testid="open-passage"
          onClick={() => onOpen(citation)}
          className="text-left font-mono text-xs text-blue-800 underline underline-offset-2 hover:text-blue-950 [overflow-wrap:anywhere]"
        >
          {t.quizOpenPassage(citation.source.file, citation.source.line)}
        </button>
      </figcaption>
    </figure>
  );
}
