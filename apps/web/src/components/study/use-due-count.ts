'use client';

import { useEffect, useState } from 'react';
import { loadDueCards, STUDY_REVIEWED_EVENT } from '@/lib/api/study-api';
import type { UiLanguage } from '@/lib/i18n/language';

/** How many cards are due now for this browser's learner; refreshed after each review. Null until known. */
export function useDueCount(language: UiLanguage): number | null {
  const [count, setCount] = useState<number | null>(null);
  useEffect(() => {
    let controller = new AbortController();
    const refresh = () => {
      controller.abort();
      controller = new AbortController();
      loadDueCards({ lang: language, limit: 1 }, controller.signal).then(
        (due) => setCount(due.dueNow),
        () => {},
      );
    };
    refresh();
    window.addEventListener(STUDY_REVIEWED_EVENT, refresh);
    return () => {
      controller.abort();
      window.removeEventListener(STUDY_REVIEWED_EVENT, refresh);
    };
  }, [language]);
  return count;
}
