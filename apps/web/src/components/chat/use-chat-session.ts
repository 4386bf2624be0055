'use client';

import { useCallback, useEffect, useRef, useState } from 'react';
import { ApiError } from '@/lib/api/api-error';
import { applyTutorEvent } from '@/lib/chat/apply-tutor-event';
import type { AssistantMessage, ChatMessage, Conversation } from '@/lib/chat/chat-types';
import { loadConversations, saveConversations } from '@/lib/chat/conversation-store';
import { streamChat } from '@/lib/chat/stream-chat';
import { toTurns } from '@/lib/chat/to-turns';
import type { QuizProgress } from '@/lib/quiz/quiz-progress';

/** Everything the chat view needs: the conversations, the open one, and the actions on them. */
export interface ChatSession {
  conversations: Conversation[];
  active: Conversation | undefined;
  streaming: boolean;
  /** False when the browser refused to save (quota, private mode). */
  saved: boolean;
  send: (question: string) => void;
  stop: () => void;
  retry: (assistantId: string) => void;
  /** Changes the quiz of an answer (the learner's answers and grades), saved with the conversation. */
  updateQuiz: (assistantId: string, update: (progress: QuizProgress) => QuizProgress) => void;
  open: (id: string) => void;
  newChat: () => void;
  remove: (id: string) => void;
  clear: () => void;
}

function makeId(): string {
  return typeof crypto !== 'undefined' && 'randomUUID' in crypto
    ? crypto.randomUUID()
    : `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;
}

function storage(): Storage | undefined {
  try {
    return window.localStorage;
  } catch {
    return undefined;
  }
}

/**
 * The chat's state machine: conversations kept in localStorage, one answer streaming at a time from
 * `POST /api/chat`, a stop that aborts the request, and failures kept on the answer they belong to.
 */
export function useChatSession(): ChatSession {
  const [conversations, setConversations] = useState<Conversation[]>([]);
  const [activeId, setActiveId] = useState<string | null>(null);
  const [streaming, setStreaming] = useState(false);
  const [saved, setSaved] = useState(true);
  const [loaded, setLoaded] = useState(false);
  const controllerRef = useRef<AbortController | null>(null);
  const conversationsRef = useRef(conversations);
  conversationsRef.current = conversations;

  useEffect(() => {
    setConversations(loadConversations(storage()));
    setLoaded(true);
  }, []);

  // Save after every change: at once when idle, debounced while an answer streams (a few writes, not one per
  // token).
  useEffect(() => {
    if (!loaded) return;
    const timer = setTimeout(
      () => setSaved(saveConversations(storage(), conversations)),
      streaming ? 300 : 0,
    );
    return () => clearTimeout(timer);
  }, [conversations, loaded, streaming]);

  useEffect(() => () => controllerRef.current?.abort(), []);

  const updateAssistant = useCallback(
    (conversationId: string, messageId: string, update: (m: AssistantMessage) => AssistantMessage) => {
      setConversations((list) =>
        list.map((c) =>
          c.id !== conversationId
            ? c
            : {
                ...c,
                updatedAt: Date.now(),
                messages: c.messages.map((m) =>
                  m.id === messageId && m.role === 'assistant' ? update(m) : m,
                ),
              },
        ),
      );
    },
    [],
  );

  const ask = useCallback(
    async (conversationId: string, history: ChatMessage[], question: string) => {
      const assistantId = makeId();
      const now = Date.now();
      const userMessage: ChatMessage = { id: makeId(), role: 'user', text: question };
      const placeholder: AssistantMessage = {
        id: assistantId,
        role: 'assistant',
        status: 'streaming',
        text: '',
        citations: [],
        concepts: [],
        followUps: [],
      };
      setConversations((list) => {
        const existing = list.find((c) => c.id === conversationId);
        const base: Conversation = existing ?? {
          id: conversationId,
          title: '',
          createdAt: now,
          updatedAt: now,
          messages: [],
        };
        const next: Conversation = {
          ...base,
          title: base.title || question.replace(/\s+/g, ' ').slice(0, 80),
          updatedAt: now,
          messages: [...history, userMessage, placeholder],
        };
        return [next, ...list.filter((c) => c.id !== conversationId)];
      });
      setActiveId(conversationId);
      setStreaming(true);
      const controller = new AbortController();
      controllerRef.current = controller;
      try {
        let finished = false;
        for await (const event of streamChat(toTurns(history, question), controller.signal)) {
          updateAssistant(conversationId, assistantId, (m) => applyTutorEvent(m, event));
          if (event.type === 'done' || event.type === 'error') {
            finished = true;
            break;
          }
        }
        if (!finished) {
          updateAssistant(conversationId, assistantId, (m) => ({
            ...m,
            status: 'error',
            error: { code: 'stream_cut', message: 'the stream ended without a final answer' },
          }));
        }
      } catch (error) {
        updateAssistant(conversationId, assistantId, (m) => {
          if (controller.signal.aborted) return { ...m, status: 'stopped' };
          if (error instanceof ApiError) {
            const failure: NonNullable<AssistantMessage['error']> = {
              code: error.code,
              message: error.message,
            };
            if (error.retryAfter !== undefined) failure.retryAfter = error.retryAfter;
            return { ...m, status: 'error', error: failure };
          }
          return { ...m, status: 'error', error: { code: 'internal', message: String(error) } };
        });
      } finally {
        if (controllerRef.current === controller) controllerRef.current = null;
        setStreaming(false);
      }
    },
    [updateAssistant],
  );

  const send = useCallback(
    (raw: string) => {
      const question = raw.trim();
      if (!question || controllerRef.current) return;
      const current = conversationsRef.current.find((c) => c.id === activeId);
      void ask(current?.id ?? makeId(), current?.messages ?? [], question);
    },
    [activeId, ask],
  );

  const retry = useCallback(
    (assistantId: string) => {
      if (controllerRef.current) return;
      const current = conversationsRef.current.find((c) => c.messages.some((m) => m.id === assistantId));
      if (!current) return;
      const at = current.messages.findIndex((m) => m.id === assistantId);
      const question = current.messages[at - 1];
      if (question?.role !== 'user') return;
      void ask(current.id, current.messages.slice(0, at - 1), question.text);
    },
    [ask],
  );

  const updateQuiz = useCallback(
    (assistantId: string, update: (progress: QuizProgress) => QuizProgress) => {
      const conversation = conversationsRef.current.find((c) => c.messages.some((m) => m.id === assistantId));
      if (!conversation) return;
      updateAssistant(conversation.id, assistantId, (m) => (m.quiz ? { ...m, quiz: update(m.quiz) } : m));
    },
    [updateAssistant],
  );

  const stop = useCallback(() => controllerRef.current?.abort(), []);

  const open = useCallback((id: string) => {
    if (controllerRef.current) controllerRef.current.abort();
    setActiveId(id);
  }, []);

  const newChat = useCallback(() => {
    if (controllerRef.current) controllerRef.current.abort();
    setActiveId(null);
  }, []);

  const remove = useCallback(
    (id: string) => {
      if (id === activeId) {
        controllerRef.current?.abort();
        setActiveId(null);
      }
      setConversations((list) => list.filter((c) => c.id !== id));
    },
    [activeId],
  );

  const clear = useCallback(() => {
    controllerRef.current?.abort();
    setActiveId(null);
    setConversations([]);
  }, []);

  return {
    conversations,
    active: conversations.find((c) => c.id === activeId),
    streaming,
    saved,
    send,
    stop,
    retry,
    updateQuiz,
    open,
    newChat,
    remove,
    clear,
  };
}
