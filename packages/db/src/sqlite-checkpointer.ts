import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';
import type Libsql from 'libsql';

/** SQLite's own default: checkpoint when the WAL reaches this many pages. */
const DEFAULT_AUTOCHECKPOINT = 1000;
/**
 * The main connection still checkpoints past this many pages (16 MB): under a steady stream of writes the
 * worker's checkpoint never catches up with the end of the WAL, so the WAL would never start over. By then
 * the worker has copied nearly all of it, so this checkpoint is short.
 */
const BACKSTOP_AUTOCHECKPOINT = 4000;

// Runs in the worker: its own connection to the file, a PASSIVE checkpoint every `intervalMs` (it never
// waits for or blocks writers), until told to stop.
const WORKER_CODE = `
const { parentPort, workerData } = require('node:worker_threads');
const Database = require(workerData.libsql);
const database = new Database(workerData.file);
database.exec('PRAGMA busy_timeout = 1000');
const checkpoint = database.prepare('PRAGMA wal_checkpoint(PASSIVE)');
const timer = setInterval(() => {
  try { checkpoint.get(); } catch { /* busy or closing: the next round tries again */ }
}, workerData.intervalMs);
parentPort.on('message', () => {
  clearInterval(timer);
  try { database.close(); } catch {}
  parentPort.close();
});
`;

/**
 * Moves WAL checkpoints off the server's thread. libsql is synchronous, so SQLite's automatic checkpoint —
 * run inside whichever commit crosses the WAL's size limit — stalls every request for its copy and fsync
 * (tens of ms here). With this, a worker thread with its own connection runs a PASSIVE checkpoint every
 * `intervalMs` (copying the WAL into the database in the background), and the main connection checkpoints
 * only past {@link BACKSTOP_AUTOCHECKPOINT} pages, when little is left to copy. If the worker cannot
 * start or dies, the main connection checkpoints automatically again. Durability is unchanged: commits are
 * in the WAL either way.
 *
 * @example
 * const checkpointer = startSqliteCheckpointer(database, 'data/state/learners.sqlite');
 * await checkpointer.stop(); // before closing the database
 */
export function startSqliteCheckpointer(
  database: Libsql.Database,
  file: string,
  options: { intervalMs?: number } = {},
): { stop(): Promise<void> } {
  let stopping = false;
  const restoreAutomatic = () => {
    if (stopping) return;
    try {
      database.exec(`PRAGMA wal_autocheckpoint = ${DEFAULT_AUTOCHECKPOINT}`);
    } catch {
      // closed already
    }
  };
  let worker: Worker;
  try {
    worker = new Worker(WORKER_CODE, {
      eval: true,
      workerData: {
        libsql: createRequire(import.meta.url).resolve('libsql'),
        file,
        intervalMs: options.intervalMs ?? 500,
      },
    });
  } catch {
    return { stop: async () => {} };
  }
  database.exec(`PRAGMA wal_autocheckpoint = ${BACKSTOP_AUTOCHECKPOINT}`);
  worker.unref();
  worker.once('error', restoreAutomatic);
  worker.once('exit', restoreAutomatic);
  return {
    async stop() {
      stopping = true;
      const exited = new Promise<void>((resolve) => worker.once('exit', () => resolve()));
      worker.postMessage('stop');
      // A worker stuck on a busy database is not waited for.
      const timer = setTimeout(() => void worker.terminate(), 2_000);
      await exited;
      clearTimeout(timer);
    },
  };
}
