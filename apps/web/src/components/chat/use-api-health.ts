'use client';

import { useCallback, useEffect, useState } from 'react';
import { ApiError } from '@/lib/api/api-error';
import { fetchJson } from '@/lib/api/fetch-json';

/**
 * Whether the API answers `GET /api/health`, checked when the page opens (and on demand), so a learner hears
 * that the tutor is down before typing a question rather than after.
 */
export function useApiHealth(): { failure: ApiError | null; recheck: () => void } {
  const [failure, setFailure] = useState<ApiError | null>(null);
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    const controller = new AbortController();
    void attempt;
    fetchJson('/api/health', { signal: controller.signal })
      .then(() => setFailure(null))
      .catch((error: unknown) => {
        if (controller.signal.aborted) return;
        setFailure(error instanceof ApiError ? error : new ApiError('unreachable', String(error)));
      });
    return () => controller.abort();
  }, [attempt]);

  const recheck = useCallback(() => setAttempt((n) => n + 1), []);
  return { failure, recheck };
}
