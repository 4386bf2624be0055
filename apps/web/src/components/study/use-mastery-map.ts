'use client';

import type { ConceptProgress } from '@notetutor/contracts';
import { useEffect, useState } from 'react';
import { loadMasteryMap } from '@/lib/api/quiz-api';
import { STUDY_REVIEWED_EVENT } from '@/lib/api/study-api';

/**
 * This browser's learner's progress by concept (`GET /api/study/progress`), reloaded after every review or
 * recorded quiz answer; `null` until loaded, or when study is unavailable (`failed`). Off when `enabled` is
 * false (nothing fetched).
 */
export function useMasteryMap(enabled = true): {
  progress: ReadonlyMap<string, ConceptProgress> | null;
  failed: boolean;
} {
  const [progress, setProgress] = useState<ReadonlyMap<string, ConceptProgress> | null>(null);
  const [failed, setFailed] = useState(false);
  const [version, setVersion] = useState(0);
  useEffect(() => {
    const bump = () => setVersion((v) => v + 1);
    window.addEventListener(STUDY_REVIEWED_EVENT, bump);
    return () => window.removeEventListener(STUDY_REVIEWED_EVENT, bump);
  }, []);
  useEffect(() => {
    if (!enabled) return;
    void version;
    const controller = new AbortController();
    loadMasteryMap(controller.signal).then(
      (map) => {
        setFailed(false);
        setProgress(map);
      },
      () => {
        if (!controller.signal.aborted) setFailed(true);
      },
    );
    return () => controller.abort();
  }, [enabled, version]);
  return { progress, failed };
}
