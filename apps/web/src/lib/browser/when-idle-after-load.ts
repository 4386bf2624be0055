/** The parts of `window` {@link whenIdleAfterLoad} uses (a parameter so tests can drive it). */
export interface IdleScope {
  document: { readyState: DocumentReadyState };
  addEventListener(type: 'load', listener: () => void): void;
  removeEventListener(type: 'load', listener: () => void): void;
  requestIdleCallback?: (callback: () => void, options?: { timeout: number }) => number;
  cancelIdleCallback?: (handle: number) => void;
  setTimeout(callback: () => void, ms: number): number;
  clearTimeout(handle: number): void;
}

export interface WhenIdleOptions {
  /** Wait at least this long after `load` before looking for an idle moment (default 0). */
  settleMs?: number;
  /** Run even if the browser never goes idle, this long after the settling wait. */
  timeoutMs: number;
  /** Where `requestIdleCallback` is missing (Safari): run this long after `load` instead. */
  fallbackDelayMs?: number;
}

/**
 * Runs `callback` once the page has loaded, settled for `settleMs`, and the browser then has an idle moment
 * (`requestIdleCallback`, with `timeoutMs` as the latest; a short timer where the browser has no idle
 * callbacks). Returns a function
 * that cancels whatever is still pending, so an effect can return it.
 *
 * @example
 * useEffect(() => whenIdleAfterLoad(() => setLive(true), { timeoutMs: 3000 }), []);
 */
export function whenIdleAfterLoad(
  callback: () => void,
  options: WhenIdleOptions,
  scope: IdleScope = window as unknown as IdleScope,
): () => void {
  let cancelled = false;
  let cancelPending = () => {};
  const schedule = () => {
    if (cancelled) return;
    if (options.settleMs) {
      const handle = scope.setTimeout(askForIdle, options.settleMs);
      cancelPending = () => scope.clearTimeout(handle);
    } else askForIdle();
  };
  const askForIdle = () => {
    if (cancelled) return;
    if (scope.requestIdleCallback) {
      const handle = scope.requestIdleCallback(
        () => {
          if (!cancelled) callback();
        },
        { timeout: options.timeoutMs },
      );
      cancelPending = () => scope.cancelIdleCallback?.(handle);
    } else {
      const handle = scope.setTimeout(() => {
        if (!cancelled) callback();
      }, options.fallbackDelayMs ?? Math.min(options.timeoutMs, 300));
      cancelPending = () => scope.clearTimeout(handle);
    }
  };
  if (scope.document.readyState === 'complete') schedule();
  else {
    const onLoad = () => {
      scope.removeEventListener('load', onLoad);
      schedule();
    };
    scope.addEventListener('load', onLoad);
    cancelPending = () => scope.removeEventListener('load', onLoad);
  }
  return () => {
    cancelled = true;
    cancelPending();
  };
}
