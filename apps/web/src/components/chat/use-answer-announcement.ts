'use client';

import { useEffect, useRef, useState } from 'react';
import { answerAnnouncement } from '@/lib/chat/answer-announcement';
import type { AssistantMessage } from '@/lib/chat/chat-types';
import { useI18n } from '../i18n/language-provider';

/** How long an announcement stays in the live region (then it is cleared, so reading the page does not meet it twice). */
const CLEAR_AFTER_MS = 15_000;

/**
 * The text of the chat's polite live region: "looking through your notes" once when an answer starts, then
 * the whole answer once it is done (or that it was stopped, or why it failed). Streaming deltas change nothing
 * here, so a screen reader is not made to re-read a growing answer. Only answers that streamed in this page
 * are announced: opening an old conversation stays quiet.
 */
export function useAnswerAnnouncement(latest: AssistantMessage | undefined): string {
  const { t } = useI18n();
  const [announcement, setAnnouncement] = useState('');
  const watching = useRef<string | null>(null);

  const status = latest?.status;
  // biome-ignore lint/correctness/useExhaustiveDependencies: announces status changes only, not every delta
  useEffect(() => {
    if (!latest) return;
    if (latest.status === 'streaming') {
      if (watching.current === latest.id) return;
      watching.current = latest.id;
      setAnnouncement(answerAnnouncement(latest, t));
    } else if (watching.current === latest.id) {
      watching.current = null;
      setAnnouncement(answerAnnouncement(latest, t));
    }
  }, [latest?.id, status]);

  useEffect(() => {
    if (!announcement) return;
    const timer = setTimeout(() => setAnnouncement(''), CLEAR_AFTER_MS);
    return () => clearTimeout(timer);
  }, [announcement]);

  return announcement;
}
