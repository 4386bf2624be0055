'use client';

import type { Citation } from '@notetutor/contracts';
import dynamic from 'next/dynamic';
import Link from 'next/link';
import { friendlyError } from '@/lib/api/friendly-error';
import type { AssistantMessage as AssistantMessageData } from '@/lib/chat/chat-types';
import { studyTurnIntro } from '@/lib/chat/study-turn-intro';
import type { QuizProgress } from '@/lib/quiz/quiz-progress';
import { useI18n } from '../i18n/language-provider';
import { ErrorBanner } from '../layout/error-banner';
import { MarkdownView } from '../markdown/markdown-view';
import { EngineBadge } from './engine-badge';
import { MiniGraph } from './mini-graph';

// Only a study turn needs these: fetched when one is shown, not with the chat's first load.
const ChatQuiz = dynamic(() => import('../quiz/chat-quiz').then((m) => m.ChatQuiz));
const ChatStudyPath = dynamic(() => import('../path/chat-study-path').then((m) => m.ChatStudyPath));

export interface AssistantMessageProps {
  message: AssistantMessageData;
  onCitation: (n: number) => void;
  onFollowUp: (question: string) => void;
  onRetry: () => void;
  /** Opens a passage a quiz or a study path quotes. */
  onPassage: (citation: Citation) => void;
  /** Changes this answer's quiz (the learner's answers, kept with the conversation). */
  onQuiz: (update: (progress: QuizProgress) => QuizProgress) => void;
  /** False while another answer streams (follow-ups and retry wait). */
  idle: boolean;
}

/**
 * One answer: engine badge, markdown with citation marks, any notice or failure, the numbered sources, the
 * concepts as chips into the graph, a mini-graph of how they connect, and follow-up questions. A study
 * turn shows its lead-in and draws its quiz (to answer here) or its study path instead of their text.
 */
export function AssistantMessage({
  message,
  onCitation,
  onFollowUp,
  onRetry,
  onPassage,
  onQuiz,
  idle,
}: AssistantMessageProps) {
  const { t, language } = useI18n();
  const streaming = message.status === 'streaming';
  const quiz = message.quiz && message.quiz.quiz.questions.length > 0 ? message.quiz : undefined;
  const path = message.studyPath;
  const text = quiz || path ? studyTurnIntro(message.text) : message.text;
  const headingOf = (n: number) => message.citations[n - 1]?.source.heading ?? '';
  return (
    <article
      data-testid="answer"
      data-status={message.status}
      className="min-w-0 rounded-lg border border-slate-200 bg-white p-3 shadow-sm sm:p-4"
      aria-busy={streaming}
    >
      <header className="mb-2 flex flex-wrap items-center gap-2 text-sm">
        <h2 className="font-semibold text-slate-900">{t.tutor}</h2>
        {message.engine ? <EngineBadge engine={message.engine} /> : null}
        {message.grounded === false ? (
          <span className="rounded-full border border-amber-400 bg-amber-50 px-2 py-0.5 text-xs font-medium text-amber-900">
            {t.notGrounded}
          </span>
        ) : null}
        {message.grounded !== false && message.coverage === 'partial' ? (
          <span
            data-testid="partial-coverage"
            title={message.missing?.length ? t.partlyCoveredMissing(message.missing) : undefined}
            className="rounded-full border border-violet-400 bg-violet-50 px-2 py-0.5 text-xs font-medium text-violet-900"
          >
            {t.partlyCovered}
          </span>
        ) : null}
      </header>

      {text ? (
        <div
          lang={message.language === 'zh' ? 'zh-CN' : message.language}
          className={streaming ? 'streaming-caret' : undefined}
        >
          <MarkdownView
            text={text}
            citationCount={message.citations.length}
            citationLabel={(n) => t.citationLabel(n, headingOf(n))}
            onCitation={onCitation}
          />
        </div>
      ) : streaming ? (
        <p className="text-slate-700">
          <span className="streaming-caret">{t.thinking}</span>
        </p>
      ) : null}

      {quiz ? (
        <ChatQuiz
          progress={quiz}
          onUpdate={onQuiz}
          onPassage={onPassage}
          onNewQuiz={idle ? onRetry : undefined}
        />
      ) : null}
      {path ? <ChatStudyPath path={path} onPassage={onPassage} /> : null}

      {message.notice ? (
        <p
          className="mt-3 rounded-md border border-sky-300 bg-sky-50 px-3 py-2 text-sm text-sky-950"
          role="status"
        >
          {message.notice}
        </p>
      ) : null}
      {message.status === 'stopped' ? (
        <p className="mt-3 text-sm italic text-slate-700">{t.stopped}</p>
      ) : null}
      {message.status === 'error' && message.error ? (
        <ErrorBanner
          className="mt-3"
          message={friendlyError(t, message.error)}
          onRetry={idle ? onRetry : undefined}
        />
      ) : null}

      {message.citations.length > 0 && !path ? (
        <section className="mt-3" aria-label={t.sourcesHeading}>
          <h3 className="mb-1 text-xs font-semibold uppercase tracking-wide text-slate-700">
            {t.sourcesHeading}
          </h3>
          <ol className="flex flex-col gap-1 text-sm">
            {message.citations.map((c, i) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: a citation is identified by its number, n = i + 1
              <li key={`${i + 1}:${c.id}`}>
                <button
                  type="button"
                  onClick={() => onCitation(i + 1)}
                  className="flex w-full items-baseline gap-2 rounded px-1 py-0.5 text-left hover:bg-slate-100"
                >
                  <span className="cite-mark" aria-hidden="true">
                    {i + 1}
                  </span>
                  {/* On a phone the heading wraps and the file goes under it; wider, one line each. */}
                  <span className="flex min-w-0 flex-1 flex-col sm:flex-row sm:items-baseline sm:gap-2">
                    <span className="min-w-0 text-slate-800 sm:flex-1 sm:truncate">
                      <span className="sr-only">{t.citationLabel(i + 1, '')}: </span>
                      {/* The quote's first words tell apart citations under one heading. */}
                      {firstWords(c.quote) || c.source.heading || c.id}
                      {c.source.heading ? (
                        <span className="text-slate-600"> · {c.source.heading}</span>
                      ) : null}
                    </span>
                    <span className="shrink-0 font-mono text-xs text-slate-700">
                      {c.source.file}:{c.source.line}
                    </span>
                  </span>
                </button>
              </li>
            ))}
          </ol>
        </section>
      ) : null}

      {message.concepts.length > 0 && !path ? (
        <section className="mt-3" aria-label={t.conceptsHeading}>
          <h3 className="mb-1 text-xs font-semibold uppercase tracking-wide text-slate-700">
            {t.conceptsHeading}
          </h3>
          <ul className="flex flex-wrap gap-1.5">
            {message.concepts.map((c) => (
              <li key={c.id}>
                <Link
                  href={`/graph?focus=${encodeURIComponent(c.id)}`}
                  prefetch={false}
                  title={t.conceptChipTitle(c.label)}
                  className="inline-block rounded-full border border-blue-300 bg-blue-50 px-2.5 py-0.5 text-sm text-blue-900 hover:bg-blue-100"
                >
                  {c.label}
                </Link>
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      {!streaming && message.concepts.length > 1 ? (
        <div className="mt-3">
          <MiniGraph conceptIds={message.concepts.map((c) => c.id)} language={message.language} />
        </div>
      ) : null}

      {message.status === 'done' && message.followUps.length > 0 ? (
        <section className="mt-3" aria-label={t.followUpsHeading}>
          <h3 className="mb-1 text-xs font-semibold uppercase tracking-wide text-slate-700">
            {t.followUpsHeading}
          </h3>
          <ul className="flex flex-wrap gap-2">
            {message.followUps.map((q) => (
              <li key={q}>
                <button
                  type="button"
                  disabled={!idle}
                  onClick={() => onFollowUp(q)}
                  lang={/\p{Script=Han}/u.test(q) ? 'zh-CN' : language === 'zh' ? 'en' : undefined}
                  className="rounded-md border border-slate-300 bg-white px-3 py-1 text-left text-sm text-slate-800 hover:border-blue-400 hover:bg-blue-50 disabled:opacity-60"
                >
                  {q}
                </button>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </article>
  );
}

/** The start of a quote for a sources list: about eight words (or 24 characters of Chinese), then an ellipsis. */
function firstWords(quote: string): string {
  const text = quote.replace(/\s+/g, ' ').trim();
  if (/[\p{Script=Han}]/u.test(text.slice(0, 12))) return text.length > 24 ? `${text.slice(0, 24)}…` : text;
  const words = text.split(' ');
  return words.length > 8 ? `${words.slice(0, 8).join(' ')}…` : text;
}
