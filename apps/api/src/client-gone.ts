import type { Context } from 'hono';
import type { AppEnv } from './app-env';

/** Calls `listener` once if the client goes away (at once if it already has); returns the unsubscribe. */
export type OnClientGone = (listener: () => void) => () => void;

const nothing = () => {};

/**
 * How to hear that the client of request `c` went away before its response was complete. Under
 * `@hono/node-server` this listens for Node's response `close` before the response finished, the same
 * event node-server uses to abort `c.req.raw.signal`, without creating that signal (an `AbortController`
 * per request is a measurable part of a short request's cost). Elsewhere (`app.request()`), it follows
 * the request's signal.
 *
 * @example
 * const stop = clientGone(c)(() => controller.abort('client-closed'));
 * stop(); // when the work is done
 */
export function clientGone(c: Context<AppEnv>): OnClientGone {
  const outgoing = c.env?.outgoing;
  if (!outgoing) return signalGone(c.req.raw.signal);
  return (listener) => {
    if (outgoing.destroyed && !outgoing.writableFinished) {
      listener();
      return nothing;
    }
    const onClose = () => {
      if (!outgoing.writableFinished) listener();
    };
    outgoing.once('close', onClose);
    return () => outgoing.off('close', onClose);
  };
}

/** {@link OnClientGone} for an abort signal. */
export function signalGone(signal: AbortSignal): OnClientGone {
  return (listener) => {
    if (signal.aborted) {
      listener();
      return nothing;
    }
    signal.addEventListener('abort', listener, { once: true });
    return () => signal.removeEventListener('abort', listener);
  };
}
