import { type FSWatcher, watch } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { Logger } from './logger';

/** Options of {@link watchNotes}. */
export interface NotesWatcherOptions {
  /** The notes folder; only ever read. */
  dir: string;
  /** Other files whose changes matter (the vocabulary). */
  extraFiles?: string[];
  /**
   * `auto`: file-system events (fs.watch, recursive) plus a slow safety poll; falls back to polling when
   * events are unavailable or fail. `poll`: compare file sizes and mtimes every `pollMs`.
   */
  mode: 'auto' | 'poll';
  /** Quiet time after the last change before rebuilding (editors write in several steps). */
  debounceMs?: number;
  pollMs?: number;
  /** The safety poll interval in `auto` mode (catches a replaced folder, missed events, the vocabulary). */
  safetyPollMs?: number;
  /** Rebuilds the knowledge base; never runs twice at once. */
  onChange: () => Promise<void>;
  logger: Logger;
}

/** A running watcher. */
export interface NotesWatcher {
  /** `events` or `poll`: how changes are being noticed now. */
  readonly mode: 'events' | 'poll';
  /** Stops watching; waits for a rebuild in progress to finish. */
  close(): Promise<void>;
}

/** The files the notes loader reads (`findNotesFiles` of `@notetutor/notes`). */
const NOTES_FILE = /\.(?:md|markdown)$/i;

/**
 * Watches the notes folder and calls `onChange` once things have been quiet for `debounceMs`, but only when
 * the notes actually changed (a signature of every notes file's path, size and mtime differs from the last
 * one built), so editor swap files and repeated events cost nothing. Rebuilds never overlap: changes during
 * a rebuild schedule one more.
 *
 * @example
 * const watcher = await watchNotes({ dir, mode: 'auto', onChange: () => reload(), logger });
 * await watcher.close();
 */
export async function watchNotes(options: NotesWatcherOptions): Promise<NotesWatcher> {
  const { dir, logger } = options;
  const debounceMs = options.debounceMs ?? 250;
  const pollMs = options.pollMs ?? 1000;
  const safetyPollMs = options.safetyPollMs ?? 5000;
  const extraFiles = options.extraFiles ?? [];

  let builtSignature = await notesSignature(dir, extraFiles);
  let polledSignature = builtSignature;
  let polling = false;
  let closed = false;
  let debounce: NodeJS.Timeout | undefined;
  let poller: NodeJS.Timeout | undefined;
  let running: Promise<void> | undefined;
  let again = false;
  let fsWatcher: FSWatcher | undefined;
  let mode: 'events' | 'poll' = 'poll';

  const rebuildIfChanged = async () => {
    const signature = await notesSignature(dir, extraFiles);
    if (signature === builtSignature) return;
    builtSignature = signature;
    await options.onChange();
  };

  const run = () => {
    if (closed) return;
    if (running) {
      again = true;
      return;
    }
    running = rebuildIfChanged()
      .catch((error: unknown) => logger.error('notes rebuild failed', { error }))
      .finally(() => {
        running = undefined;
        if (again && !closed) {
          again = false;
          schedule();
        }
      });
  };

  const schedule = () => {
    if (closed) return;
    clearTimeout(debounce);
    debounce = setTimeout(run, debounceMs);
  };

  /** A poll only schedules a rebuild when it sees a change, so steady polling never postpones one. */
  const poll = async () => {
    if (polling || closed) return;
    polling = true;
    try {
      const signature = await notesSignature(dir, extraFiles);
      if (signature !== polledSignature) {
        polledSignature = signature;
        schedule();
      }
    } finally {
      polling = false;
    }
  };

  const startPolling = (interval: number) => {
    clearInterval(poller);
    poller = setInterval(poll, interval);
    poller.unref();
  };

  const fallBackToPolling = (reason: string) => {
    fsWatcher?.close();
    fsWatcher = undefined;
    if (closed || mode === 'poll') return;
    mode = 'poll';
    logger.warn('notes watcher falls back to polling', { reason, everyMs: pollMs });
    startPolling(pollMs);
  };

  if (options.mode === 'auto') {
    try {
      fsWatcher = watch(dir, { recursive: true, persistent: false }, schedule);
      fsWatcher.on('error', (error) => fallBackToPolling(error.message));
      mode = 'events';
      startPolling(safetyPollMs);
    } catch (error) {
      mode = 'events';
      fallBackToPolling(error instanceof Error ? error.message : String(error));
    }
  } else {
    startPolling(pollMs);
  }

  return {
    get mode() {
      return mode;
    },
    async close() {
      closed = true;
      clearTimeout(debounce);
      clearInterval(poller);
      fsWatcher?.close();
      await running;
    },
  };
}

/**
 * Path, size and mtime of every notes file under `dir` (and of `extraFiles`), sorted, as one string. A
 * missing folder or file is part of the signature too, so removing and restoring it are both changes.
 */
export async function notesSignature(dir: string, extraFiles: string[] = []): Promise<string> {
  const entries: string[] = [];
  const walk = async (folder: string, depth: number) => {
    let names: import('node:fs').Dirent[];
    try {
      names = await readdir(folder, { withFileTypes: true });
    } catch (error) {
      entries.push(`${folder}:unreadable:${(error as NodeJS.ErrnoException).code ?? 'error'}`);
      return;
    }
    for (const entry of names) {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) {
        if (!entry.name.startsWith('.') && entry.name !== 'node_modules' && depth < 16)
          await walk(path, depth + 1);
        continue;
      }
      if ((entry.isFile() || entry.isSymbolicLink()) && NOTES_FILE.test(entry.name))
        entries.push(await fileStamp(path));
    }
  };
  await walk(dir, 0);
  for (const file of extraFiles) entries.push(await fileStamp(file));
  return entries.sort().join('\n');
}

async function fileStamp(path: string): Promise<string> {
  try {
    const info = await stat(path);
    return `${path}:${info.size}:${info.mtimeMs}`;
  } catch {
    return `${path}:missing`;
  }
}
