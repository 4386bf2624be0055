import { writeFileSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createMemoryLogger } from '../test/memory-logger';
import { watchNotes } from './notes-watcher';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'notes-watch-'));
  await writeFile(join(dir, 'a.md'), '# A\n\n- one\n');
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const until = async (check: () => boolean, timeoutMs = 5000) => {
  const start = Date.now();
  while (!check()) {
    if (Date.now() - start > timeoutMs) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
};

describe.each(['auto', 'poll'] as const)('watchNotes (%s)', (mode) => {
  it('rebuilds once after a burst of edits, and not for files that are not notes', async () => {
    let rebuilds = 0;
    const watcher = await watchNotes({
      dir,
      mode,
      debounceMs: 80,
      pollMs: 50,
      onChange: async () => {
        rebuilds += 1;
      },
      logger: createMemoryLogger(),
    });
    try {
      await writeFile(join(dir, '.a.md.swp'), 'swap');
      await writeFile(join(dir, 'notes.tmp'), 'tmp');
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(rebuilds).toBe(0);

      // The burst is written in one turn of the event loop, as an editor's save would be, so no debounce
      // timer can fire in the middle of it however busy the machine is.
      writeFileSync(join(dir, 'b.md'), '# B\n');
      writeFileSync(join(dir, 'b.md'), '# B\n\n- two\n');
      writeFileSync(join(dir, 'a.md'), '# A\n\n- one, edited\n');
      await until(() => rebuilds === 1);
      // Nothing to wait on for "no second rebuild": give late events and polls time to (not) cause one.
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(rebuilds).toBe(1);
    } finally {
      await watcher.close();
    }
    expect(watcher.mode).toBe(mode === 'auto' ? 'events' : 'poll');
  });

  it('runs rebuilds one at a time, with one more for changes made during a rebuild', async () => {
    let running = 0;
    let maxRunning = 0;
    let rebuilds = 0;
    let firstStarted!: () => void;
    const started = new Promise<void>((resolve) => {
      firstStarted = resolve;
    });
    // The first rebuild lasts until the test has made its second change, whatever the timing.
    let finishFirst!: () => void;
    const firstMayFinish = new Promise<void>((resolve) => {
      finishFirst = resolve;
    });
    const watcher = await watchNotes({
      dir,
      mode,
      debounceMs: 20,
      pollMs: 30,
      onChange: async () => {
        running += 1;
        maxRunning = Math.max(maxRunning, running);
        firstStarted();
        await firstMayFinish;
        running -= 1;
        rebuilds += 1;
      },
      logger: createMemoryLogger(),
    });
    try {
      // Each change is written whole within one turn of the event loop (see the test above).
      writeFileSync(join(dir, 'a.md'), '# A\n\n- first change\n');
      await started;
      writeFileSync(join(dir, 'a.md'), '# A\n\n- second change, during the rebuild\n');
      finishFirst();
      await until(() => rebuilds === 2);
      expect(maxRunning).toBe(1);
    } finally {
      await watcher.close();
    }
  });
});
