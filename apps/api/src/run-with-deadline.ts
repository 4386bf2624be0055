import { ApiError } from './api-error';
import type { OnClientGone } from './client-gone';

/**
 * Runs `work` with a signal that aborts when the client goes away or `timeoutMs` passes, and settles no
 * later than that even if the work ignores its signal. A timeout becomes 504 `timeout`. One
 * `AbortController` and one timer per call (Node keeps timers of equal duration in one list, so the timer
 * is cheap; the controller is the dearer part).
 *
 * @example
 * const answer = await runWithDeadline((signal) => tutor.ask(input, { signal }), clientGone(c), 30_000);
 */
export async function runWithDeadline<T>(
  work: (signal: AbortSignal) => Promise<T>,
  onClientGone: OnClientGone,
  timeoutMs: number,
): Promise<T> {
  const controller = new AbortController();
  let fail!: (error: ApiError) => void;
  const stopped = new Promise<never>((_, reject) => {
    fail = reject;
  });
  stopped.catch(() => {});
  const stop = (reason: 'client-closed' | 'timeout') => {
    if (controller.signal.aborted) return;
    controller.abort(reason);
    fail(stopError(reason, timeoutMs));
  };
  const timer = setTimeout(stop, timeoutMs, 'timeout');
  const unsubscribe = onClientGone(() => stop('client-closed'));
  try {
    if (controller.signal.aborted) throw stopError(controller.signal.reason, timeoutMs);
    return await Promise.race([work(controller.signal), stopped]);
  } catch (error) {
    if (controller.signal.aborted) throw stopError(controller.signal.reason, timeoutMs);
    throw error;
  } finally {
    clearTimeout(timer);
    unsubscribe();
  }
}

function stopError(reason: unknown, timeoutMs: number): ApiError {
  return reason === 'timeout'
    ? new ApiError('timeout', `the tutor did not answer within ${formatSeconds(timeoutMs)}`)
    : new ApiError('bad_request', 'the client closed the request');
}

function formatSeconds(ms: number): string {
  return ms % 1000 === 0 ? `${ms / 1000} s` : `${(ms / 1000).toFixed(1)} s`;
}
