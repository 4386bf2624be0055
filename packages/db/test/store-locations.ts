import { randomBytes } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterEach } from 'vitest';
import { openStudyStore, type StoreLocation } from '../src/open-study-store';
import type { StudyStore } from '../src/study-store';

/** PostgreSQL for the tests, when `TEST_DATABASE_URL` is set (`.ci/run` starts a throw-away cluster). */
export const TEST_DATABASE_URL = process.env.TEST_DATABASE_URL?.trim() || undefined;

/** A fresh, empty location per call: an SQLite file in a new temp folder, or a new PostgreSQL schema. */
export type FreshLocation = () => Promise<{ location: StoreLocation; drop: () => Promise<void> }>;

export const freshSqlite: FreshLocation = async () => {
  const dir = mkdtempSync(join(tmpdir(), 'notetutor-db-'));
  return { location: { file: join(dir, 'learners.sqlite') }, drop: async () => {} };
};

export const freshPostgres: FreshLocation = async () => {
  const url = TEST_DATABASE_URL;
  if (!url) throw new Error('TEST_DATABASE_URL is not set');
  const schema = `t_${randomBytes(6).toString('hex')}`;
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  await client.query(`CREATE SCHEMA ${schema}`);
  await client.end();
  return {
    location: { url, schema },
    drop: async () => {
      const c = new pg.Client({ connectionString: url });
      await c.connect();
      await c.query(`DROP SCHEMA ${schema} CASCADE`);
      await c.end();
    },
  };
};

/** The databases every store test runs on. */
export const DATABASES: Array<[string, FreshLocation]> = [
  ['SQLite', freshSqlite],
  ...(TEST_DATABASE_URL ? [['PostgreSQL', freshPostgres] as [string, FreshLocation]] : []),
];

/**
 * Opens stores at fresh locations for the tests of one `describe`; each is closed and its location dropped
 * after its test.
 *
 * @example
 * const open = storesForEachTest(fresh);
 * it('…', async () => { const store = await open(); … });
 */
export function storesForEachTest(fresh: FreshLocation): () => Promise<StudyStore> {
  const cleanups: Array<() => Promise<void>> = [];
  afterEach(async () => {
    for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
  });
  return async () => {
    const { location, drop } = await fresh();
    const store = await openStudyStore(location);
    cleanups.push(drop, () => store.close());
    return store;
  };
}
