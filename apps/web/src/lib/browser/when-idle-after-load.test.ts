import { describe, expect, it } from 'vitest';
import { type IdleScope, whenIdleAfterLoad } from './when-idle-after-load';

/** A window stand-in whose load event, timers and idle callbacks the test fires by hand. */
function fakeWindow(options: { loaded: boolean; idleCallbacks: boolean }) {
  const loadListeners = new Set<() => void>();
  const timers = new Map<number, { callback: () => void; ms: number }>();
  const idle = new Map<number, { callback: () => void; timeout: number | undefined }>();
  let next = 1;
  const scope: IdleScope = {
    document: { readyState: options.loaded ? 'complete' : 'loading' },
    addEventListener: (_type, listener) => loadListeners.add(listener),
    removeEventListener: (_type, listener) => loadListeners.delete(listener),
    setTimeout: (callback, ms) => {
      timers.set(next, { callback, ms });
      return next++;
    },
    clearTimeout: (handle) => timers.delete(handle),
  };
  if (options.idleCallbacks) {
    scope.requestIdleCallback = (callback, opts) => {
      idle.set(next, { callback, timeout: opts?.timeout });
      return next++;
    };
    scope.cancelIdleCallback = (handle) => idle.delete(handle);
  }
  return {
    scope,
    fireLoad: () => {
      for (const listener of [...loadListeners]) listener();
    },
    runTimers: () => {
      const due = [...timers.entries()];
      timers.clear();
      for (const [, t] of due) t.callback();
      return due.map(([, t]) => t.ms);
    },
    runIdle: () => {
      const due = [...idle.entries()];
      idle.clear();
      for (const [, i] of due) i.callback();
      return due.map(([, i]) => i.timeout);
    },
    pending: () => ({ load: loadListeners.size, timers: timers.size, idle: idle.size }),
  };
}

describe('whenIdleAfterLoad', () => {
  it('waits for load, then the settling time, then an idle moment (with the timeout as the latest)', () => {
    const win = fakeWindow({ loaded: false, idleCallbacks: true });
    let runs = 0;
    whenIdleAfterLoad(() => runs++, { settleMs: 2000, timeoutMs: 3000 }, win.scope);
    expect(win.pending()).toEqual({ load: 1, timers: 0, idle: 0 });
    win.fireLoad();
    expect(win.runIdle()).toEqual([]);
    expect(win.runTimers()).toEqual([2000]);
    expect(runs).toBe(0);
    expect(win.runIdle()).toEqual([3000]);
    expect(runs).toBe(1);
    expect(win.pending()).toEqual({ load: 0, timers: 0, idle: 0 });
  });

  it('asks for an idle moment straight away on a page that has already loaded', () => {
    const win = fakeWindow({ loaded: true, idleCallbacks: true });
    let runs = 0;
    whenIdleAfterLoad(() => runs++, { timeoutMs: 500 }, win.scope);
    expect(win.runIdle()).toEqual([500]);
    expect(runs).toBe(1);
  });

  it('falls back to a short timer where the browser has no idle callbacks', () => {
    const win = fakeWindow({ loaded: true, idleCallbacks: false });
    let runs = 0;
    whenIdleAfterLoad(() => runs++, { timeoutMs: 3000 }, win.scope);
    expect(win.runTimers()).toEqual([300]);
    expect(runs).toBe(1);
  });

  it('never runs once cancelled, at any stage', () => {
    for (const stage of ['before load', 'settling', 'waiting for idle'] as const) {
      const win = fakeWindow({ loaded: false, idleCallbacks: true });
      let runs = 0;
      const cancel = whenIdleAfterLoad(() => runs++, { settleMs: 100, timeoutMs: 1000 }, win.scope);
      if (stage !== 'before load') win.fireLoad();
      if (stage === 'waiting for idle') win.runTimers();
      cancel();
      win.fireLoad();
      win.runTimers();
      win.runIdle();
      expect(runs, stage).toBe(0);
      expect(win.pending(), stage).toEqual({ load: 0, timers: 0, idle: 0 });
    }
  });
});
