import { createMiddleware } from 'hono/factory';
import { ApiError } from '../api-error';
import type { AppEnv } from '../app-env';
import { isEventStream } from '../is-event-stream';
import { onBodyDone } from '../on-body-done';

/** Counts the tutor requests in flight; shared by every route it guards. */
export interface ConcurrencyGate {
  readonly max: number;
  /** Requests holding a slot now. */
  readonly active: number;
  /** Highest `active` seen since start. */
  readonly peak: number;
}

/** Creates a gate with `max` slots (0 = unlimited). */
export function createConcurrencyGate(max: number): ConcurrencyGate & {
  tryAcquire(): (() => void) | null;
} {
  let active = 0;
  let peak = 0;
  return {
    max,
    get active() {
      return active;
    },
    get peak() {
      return peak;
    },
    tryAcquire() {
      if (max > 0 && active >= max) return null;
      active += 1;
      peak = Math.max(peak, active);
      let released = false;
      return () => {
        if (released) return;
        released = true;
        active -= 1;
      };
    },
  };
}

/**
 * Holds one of the gate's slots for the whole life of the request, or answers 503 `overloaded` (with
 * `Retry-After: 1`) when every slot is taken. For a streamed response the slot is held until the stream
 * ends or the client disconnects, not just until the handler returns.
 *
 * @example
 * const gate = createConcurrencyGate(64);
 * app.post('/api/chat', concurrencyLimit(gate), handler);
 */
export function concurrencyLimit(gate: ReturnType<typeof createConcurrencyGate>) {
  return createMiddleware<AppEnv>(async (c, next) => {
    const release = gate.tryAcquire();
    if (!release) {
      throw new ApiError('overloaded', `the tutor is busy (${gate.max} requests in flight); retry shortly`, {
        'Retry-After': '1',
      });
    }
    try {
      await next();
    } catch (error) {
      release();
      throw error;
    }
    if (isEventStream(c.res)) {
      c.res = onBodyDone(c.res, release);
    } else {
      release();
    }
  });
}
