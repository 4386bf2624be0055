import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { Kysely, Migrator, PostgresDialect, SqliteDialect } from 'kysely';
import Database from 'libsql';
import pg from 'pg';
import { migrationProvider } from './migrations/index';
import type { StudyTables } from './schema';
import { startSqliteCheckpointer } from './sqlite-checkpointer';
import type { StoreDialect } from './store-dialect';
import { describeStoreFailure, StoreUnavailableError } from './store-unavailable-error';
import { createStudyStore, type StudyStore } from './study-store';

/** Where the learner state lives: a PostgreSQL URL, or an SQLite file (`:memory:` for tests). */
export type StoreLocation = { url: string; schema?: string } | { file: string };

/** Options of {@link openStudyStore}. */
export interface OpenStoreOptions {
  /** Milliseconds a writer waits for a lock held by another process before giving up (SQLite). */
  busyTimeoutMs?: number;
  /** Most connections in the PostgreSQL pool. */
  poolSize?: number;
}

const INT8_OID = 20;

/**
 * Opens the learner-state database and brings its schema up to date (numbered migrations, forward only).
 * SQLite runs in WAL mode with a busy timeout; PostgreSQL through a `pg` pool whose `bigint`s come back as
 * numbers. Throws {@link StoreUnavailableError} with a readable reason when the database cannot be used
 * (locked, read-only, corrupt, unreachable).
 *
 * @example
 * const store = await openStudyStore({ file: 'data/state/learners.sqlite' });
 * const store = await openStudyStore({ url: 'postgres://user@localhost:5432/tutor' });
 */
export async function openStudyStore(
  location: StoreLocation,
  options: OpenStoreOptions = {},
): Promise<StudyStore> {
  let db: Kysely<StudyTables>;
  let dialect: StoreDialect;
  let sqlite: InstanceType<typeof Database> | undefined;
  const where = 'url' in location ? 'the PostgreSQL database in DATABASE_URL' : location.file;
  try {
    if ('url' in location) {
      dialect = 'postgres';
      const pool = new pg.Pool({
        connectionString: location.url,
        max: options.poolSize ?? 10,
        connectionTimeoutMillis: 5_000,
        ...(location.schema ? { options: `-c search_path=${location.schema}` } : {}),
        types: {
          getTypeParser: ((oid: number, format?: 'text' | 'binary') =>
            oid === INT8_OID
              ? (value: string) => Number(value)
              : pg.types.getTypeParser(oid, format ?? 'text')) as typeof pg.types.getTypeParser,
        },
      });
      // An idle client that loses its server emits 'error' on the pool; without a listener Node exits.
      pool.on('error', () => {});
      db = new Kysely<StudyTables>({ dialect: new PostgresDialect({ pool }) });
    } else {
      dialect = 'sqlite';
      if (location.file !== ':memory:') mkdirSync(dirname(location.file), { recursive: true });
      const database = new Database(location.file);
      database.exec(`PRAGMA busy_timeout = ${Math.max(0, Math.round(options.busyTimeoutMs ?? 5_000))}`);
      if (location.file !== ':memory:') database.exec('PRAGMA journal_mode = WAL');
      // In WAL mode, NORMAL survives a killed process (only an OS crash can lose the last commits).
      database.exec('PRAGMA synchronous = NORMAL');
      database.exec('PRAGMA foreign_keys = ON');
      db = new Kysely<StudyTables>({ dialect: new SqliteDialect({ database }) });
      sqlite = database;
    }
  } catch (error) {
    throw new StoreUnavailableError(`@notetutor/db: cannot open ${where}: ${describeStoreFailure(error)}`, {
      cause: error,
    });
  }

  const migrator = new Migrator({ db, provider: migrationProvider(dialect) });
  const { error } = await migrator.migrateToLatest();
  if (error) {
    await db.destroy().catch(() => {});
    throw new StoreUnavailableError(
      `@notetutor/db: cannot prepare ${where}: ${describeStoreFailure(error)}`,
      { cause: error },
    );
  }
  const store = createStudyStore(db, dialect, sqlite ? { sqlite } : {});
  if (!sqlite || 'url' in location || location.file === ':memory:') return store;
  // Started by the first review, so a server that only answers questions spends no thread on it.
  const database = sqlite;
  const file = location.file;
  let checkpointer: ReturnType<typeof startSqliteCheckpointer> | undefined;
  return {
    ...store,
    recordReview(input) {
      checkpointer ??= startSqliteCheckpointer(database, file);
      return store.recordReview(input);
    },
    async close() {
      await checkpointer?.stop();
      await store.close();
    },
  };
}
