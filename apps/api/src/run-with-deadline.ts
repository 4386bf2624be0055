import { ApiError } from './api-error';

/**
 * Runs `work` with a signal that aborts when the client disconnects or `timeoutMs` passes, and settles no
 * later than that even if the work ignores its signal. A timeout becomes 504 `timeout`.
 *
 * @example
 * const answer = await runWithDeadline((signal) => tutor.ask(input, { signal }), c.var.clientSignal, 30_000);
 */
export async function runWithDeadline<T>(
  work: (signal: AbortSignal) => Promise<T>,
  clientSignal: AbortSignal,
  timeoutMs: number,
): Promise<T> {
  const controller = new AbortController();
  const onClientAbort = () => controller.abort('client-closed');
  clientSignal.addEventListener('abort', onClientAbort, { once: true });
  if (clientSignal.aborted) controller.abort('client-closed');
  const timer = setTimeout(() => controller.abort('timeout'), timeoutMs);
  let onAbort: (() => void) | undefined;
  const aborted = new Promise<never>((_, reject) => {
    onAbort = () => reject(stopError(controller.signal.reason, timeoutMs));
    controller.signal.addEventListener('abort', onAbort, { once: true });
  });
  try {
    if (controller.signal.aborted) throw stopError(controller.signal.reason, timeoutMs);
    return await Promise.race([work(controller.signal), aborted]);
  } catch (error) {
    if (controller.signal.aborted) throw stopError(controller.signal.reason, timeoutMs);
    throw error;
  } finally {
    clearTimeout(timer);
    clientSignal.removeEventListener('abort', onClientAbort);
    if (onAbort) controller.signal.removeEventListener('abort', onAbort);
    aborted.catch(() => {});
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
