'use client';

import type { Citation } from '@notetutor/contracts';
import { useCallback, useEffect, useRef, useState } from 'react';
import { friendlyError } from '@/lib/api/friendly-error';
import { useI18n } from '../i18n/language-provider';
import { ErrorBanner } from '../layout/error-banner';
import { AssistantMessage } from './assistant-message';
import { CitationDialog } from './citation-dialog';
import { Composer } from './composer';
import { ConversationList } from './conversation-list';
import { EmptyState } from './empty-state';
import { useAnswerAnnouncement } from './use-answer-announcement';
import { useApiHealth } from './use-api-health';
import { useChatSession } from './use-chat-session';
import { useExampleQuestions } from './use-example-questions';

/**
 * The chat page: conversations on the side, the open conversation with streamed answers, and the question
 * box. `/?q=…` (from "ask about this" in the graph) starts a new conversation with that question.
 */
export function ChatApp() {
  const { t } = useI18n();
  const session = useChatSession();
  const examples = useExampleQuestions();
  const health = useApiHealth();
  const [input, setInput] = useState('');
  const [citation, setCitation] = useState<{ messageId: string; n: number } | { citation: Citation } | null>(
    null,
  );
  const [showHistory, setShowHistory] = useState(false);
  const [healthDismissed, setHealthDismissed] = useState(false);
  const deepLinkHandled = useRef(false);
  const endRef = useRef<HTMLDivElement>(null);
  const { send, newChat } = session;

  useEffect(() => {
    if (deepLinkHandled.current) return;
    deepLinkHandled.current = true;
    const question = new URLSearchParams(window.location.search).get('q')?.trim();
    if (!question) return;
    // Drop `?q=` so a reload does not ask again; the page opens with no conversation, so this starts a new one.
    window.history.replaceState(null, '', window.location.pathname);
    send(question);
  }, [send]);

  const messages = session.active?.messages ?? [];
  const last = messages.at(-1);
  const latestAnswer = last?.role === 'assistant' ? last : undefined;
  const lastText = latestAnswer?.text ?? '';
  const announcement = useAnswerAnnouncement(latestAnswer);
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs when the streaming text grows, on purpose
  useEffect(() => {
    const end = endRef.current;
    if (!end) return;
    const nearBottom = window.innerHeight + window.scrollY >= document.documentElement.scrollHeight - 240;
    if (nearBottom) end.scrollIntoView({ block: 'end' });
  }, [lastText, messages.length]);

  const ask = useCallback(
    (question: string) => {
      send(question);
      setInput('');
    },
    [send],
  );

  const openCitation = citation
    ? (() => {
        if ('citation' in citation) return citation;
        const message = messages.find((m) => m.id === citation.messageId);
        const cited = message?.role === 'assistant' ? message.citations[citation.n - 1] : undefined;
        return cited ? { n: citation.n, citation: cited } : null;
      })()
    : null;

  const idle = !session.streaming;
  return (
    <div className="flex min-h-0 w-full flex-1">
      <aside
        id="conversation-list"
        className={`${showHistory ? 'fixed inset-0 top-auto z-20 block h-[70dvh] rounded-t-xl shadow-2xl' : 'hidden'} border-slate-200 bg-white p-3 md:sticky md:top-13 md:block md:h-[calc(100dvh-3.25rem)] md:w-64 md:shrink-0 md:rounded-none md:border-r md:shadow-none`}
      >
        <ConversationList
          conversations={session.conversations}
          activeId={session.active?.id}
          onOpen={(id) => {
            session.open(id);
            setShowHistory(false);
          }}
          onNew={() => {
            newChat();
            setShowHistory(false);
          }}
          onDelete={session.remove}
          onClear={session.clear}
        />
      </aside>

      <main id="main" className="flex min-w-0 flex-1 flex-col">
        <div className="flex items-center gap-2 px-3 pt-2 md:hidden">
          <button
            type="button"
            onClick={() => setShowHistory((v) => !v)}
            aria-expanded={showHistory}
            aria-controls="conversation-list"
            className="rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm text-slate-800"
          >
            {showHistory ? t.hideHistory : t.showHistory}
          </button>
          <button
            type="button"
            onClick={newChat}
            className="rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm text-slate-800"
          >
            + {t.newChat}
          </button>
        </div>

        <div className="mx-auto flex w-full max-w-3xl flex-1 flex-col gap-3 px-3 py-3 sm:px-4">
          {health.failure && !healthDismissed ? (
            <ErrorBanner
              message={friendlyError(t, health.failure)}
              onRetry={health.recheck}
              onDismiss={() => setHealthDismissed(true)}
            />
          ) : null}
          {!session.saved ? (
            <p className="rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-950">
              {t.storageFull}
            </p>
          ) : null}

          {messages.length === 0 ? (
            <EmptyState examples={examples} onAsk={ask} />
          ) : (
            <>
              <h1 className="sr-only">{session.active?.title || t.appName}</h1>
              {/* Not a live region: the streaming text would be re-read on every delta. The announcer below
                  speaks once when an answer starts and once when it ends. */}
              <section aria-label={t.conversationLabel} className="flex min-w-0 flex-col gap-4">
                {messages.map((m) =>
                  m.role === 'user' ? (
                    <article key={m.id} className="flex justify-end">
                      <h2 className="sr-only">{t.you}</h2>
                      <p className="max-w-[85%] whitespace-pre-wrap rounded-lg bg-blue-700 px-3 py-2 text-white [overflow-wrap:anywhere]">
                        {m.text}
                      </p>
                    </article>
                  ) : (
                    <AssistantMessage
                      key={m.id}
                      message={m}
                      idle={idle}
                      onCitation={(n) => setCitation({ messageId: m.id, n })}
                      onFollowUp={ask}
                      onRetry={() => session.retry(m.id)}
                      onPassage={(c) => setCitation({ citation: c })}
                      onQuiz={(update) => session.updateQuiz(m.id, update)}
                    />
                  ),
                )}
              </section>
            </>
          )}
          <div ref={endRef} />
          <p
            role="status"
            aria-live="polite"
            aria-atomic="true"
            data-testid="chat-announcer"
            className="sr-only"
          >
            {announcement}
          </p>
        </div>

        <div className="sticky bottom-0 border-t border-slate-200 bg-white/95 px-3 pt-3 pb-3 backdrop-blur sm:px-4 sm:pb-2">
          <div className="mx-auto w-full max-w-3xl">
            <Composer
              value={input}
              onChange={setInput}
              onSend={() => ask(input)}
              onStop={session.stop}
              streaming={session.streaming}
            />
          </div>
        </div>
      </main>

      <CitationDialog open={openCitation} onClose={() => setCitation(null)} />
    </div>
  );
}
