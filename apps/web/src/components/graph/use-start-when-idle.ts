'use client';

import { useEffect } from 'react';
import { whenIdleAfterLoad } from '@/lib/browser/when-idle-after-load';

/**
 * How long the page is left to settle after `load` before the graph starts: its own first work, the graph's
 * fetch and Next's link prefetches are over by then, and starting sigma (one long task to set up WebGL, then a
 * frame) no longer competes with them.
 */
const SETTLE_MS = 3000;
/** How long after settling the graph starts at the latest when the browser never goes idle. */
const IDLE_TIMEOUT_MS = 3000;

/**
 * Starts something heavy without waiting for the learner: once the page has loaded and settled and the
 * browser is idle, `preload` runs (fetching and evaluating a code chunk is one task), then at the next idle
 * moment `start` (rendering what the chunk brought is another), so neither lands on top of the page's own
 * first work. Does nothing while `enabled` is false; an interaction that calls `start` first simply wins.
 */
export function useStartWhenIdle(enabled: boolean, preload: () => Promise<unknown>, start: () => void): void {
  useEffect(() => {
    if (!enabled) return;
    let cancelled = false;
    let cancelStart = () => {};
    const cancelPreload = whenIdleAfterLoad(
      () => {
        preload()
          // A chunk that failed to load is retried (and reported) by the component that renders it.
          .catch(() => {})
          .then(() => {
            if (!cancelled) cancelStart = whenIdleAfterLoad(start, { timeoutMs: IDLE_TIMEOUT_MS });
          });
      },
      { settleMs: SETTLE_MS, timeoutMs: IDLE_TIMEOUT_MS },
    );
    return () => {
      cancelled = true;
      cancelPreload();
      cancelStart();
    };
  }, [enabled, preload, start]);
}
