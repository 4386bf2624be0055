'use client';

import type { Conversation } from '@/lib/chat/chat-types';
import { useI18n } from '../i18n/language-provider';

export interface ConversationListProps {
  conversations: Conversation[];
  activeId: string | undefined;
  onOpen: (id: string) => void;
  onNew: () => void;
  onDelete: (id: string) => void;
  onClear: () => void;
}

/** The conversations kept in this browser: open one, start a new one, delete one or all. */
export function ConversationList({
  conversations,
  activeId,
  onOpen,
  onNew,
  onDelete,
  onClear,
}: ConversationListProps) {
  const { t } = useI18n();
  return (
    <nav aria-label={t.history} className="flex h-full flex-col gap-2">
      <button
        type="button"
        onClick={onNew}
        className="rounded-md bg-blue-700 px-3 py-2 text-sm font-medium text-white hover:bg-blue-800"
      >
        + {t.newChat}
      </button>
      <h2 className="mt-2 text-xs font-semibold uppercase tracking-wide text-slate-700">{t.history}</h2>
      {conversations.length === 0 ? (
        <p className="text-sm text-slate-700">{t.noHistory}</p>
      ) : (
        <ul className="-mx-1 flex min-h-0 flex-1 flex-col gap-0.5 overflow-y-auto px-1">
          {conversations.map((c) => {
            const title = c.title || t.untitled;
            const current = c.id === activeId;
            return (
              <li
                key={c.id}
                className={`group flex items-center rounded-md ${current ? 'bg-blue-50' : 'hover:bg-slate-100'}`}
              >
                <button
                  type="button"
                  onClick={() => onOpen(c.id)}
                  aria-current={current ? 'true' : undefined}
                  aria-label={t.openConversation(title)}
                  className={`min-w-0 flex-1 truncate px-2 py-1.5 text-left text-sm ${current ? 'font-semibold text-blue-900' : 'text-slate-800'}`}
                >
                  {title}
                </button>
                <button
                  type="button"
                  onClick={() => onDelete(c.id)}
                  aria-label={t.deleteConversation(title)}
                  className="shrink-0 rounded px-2 py-1 text-slate-600 hover:bg-red-50 hover:text-red-800"
                >
                  <span aria-hidden="true">✕</span>
                </button>
              </li>
            );
          })}
        </ul>
      )}
      {conversations.length > 0 ? (
        <button
          type="button"
          onClick={() => {
            if (window.confirm(t.confirmClear)) onClear();
          }}
          className="mt-auto rounded-md border border-slate-300 px-3 py-1.5 text-sm text-slate-800 hover:bg-slate-100"
        >
          {t.clearHistory}
        </button>
      ) : null}
    </nav>
  );
}
