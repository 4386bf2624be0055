import { describeStoreFailure, StoreUnavailableError, type StudyStore } from '@notetutor/db';
import { ApiError } from '../api-error';
import type { Logger } from '../logger';

/**
 * Keeps the learner database handle, or why there is none. A store that failed to open is tried again on
 * a later request (at most every `retryMs`), so fixing the file or starting the database heals the service
 * without a restart; meanwhile the study routes answer 503 and everything else keeps working.
 */
export interface StoreHolder {
  /** The open store; throws ApiError `store_unavailable` (503) with the reason when there is none. */
  get(): Promise<StudyStore>;
  /** Runs a store operation, turning a database failure into 503 `store_unavailable`. */
  use<T>(run: (store: StudyStore) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

/** Options of {@link createStoreHolder}. */
export interface StoreHolderOptions {
  open: () => Promise<StudyStore>;
  logger: Logger;
  retryMs?: number;
  now?: () => number;
}

const unavailable = (reason: string) =>
  new ApiError('store_unavailable', `study is unavailable: ${reason}; asking the tutor still works`);

/**
 * @example
 * const holder = createStoreHolder({ open: () => openStudyStore({ file }), logger });
 * await holder.get(); // opens at first use (or at start: await it once)
 */
export function createStoreHolder(options: StoreHolderOptions): StoreHolder {
  const now = options.now ?? Date.now;
  const retryMs = options.retryMs ?? 10_000;
  let store: StudyStore | undefined;
  let opening: Promise<StudyStore> | undefined;
  let failure: { reason: string; at: number } | undefined;

  const open = () => {
    opening ??= options
      .open()
      .then((opened) => {
        store = opened;
        if (failure) options.logger.info('learner database available again');
        failure = undefined;
        return opened;
      })
      .catch((error: unknown) => {
        const reason =
          error instanceof StoreUnavailableError
            ? error.message
            : `@notetutor/db: ${describeStoreFailure(error)}`;
        if (failure?.reason !== reason) options.logger.error('learner database unavailable', { reason });
        failure = { reason, at: now() };
        throw unavailable(reason);
      })
      .finally(() => {
        opening = undefined;
      });
    return opening;
  };

  const holder: StoreHolder = {
    async get() {
      if (store) return store;
      if (failure && now() - failure.at < retryMs) throw unavailable(failure.reason);
      return open();
    },
    async use(run) {
      const current = await holder.get();
      try {
        return await run(current);
      } catch (error) {
        if (error instanceof StoreUnavailableError) {
          options.logger.warn('learner database failed a request', { reason: error.message });
          throw unavailable(error.message);
        }
        throw error;
      }
    },
    async close() {
      await store?.close();
      store = undefined;
    },
  };
  return holder;
}
