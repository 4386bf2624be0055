import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'libsql';
import { describe, expect, it } from 'vitest';
import { openStudyStore } from './open-study-store';
import { StoreUnavailableError } from './store-unavailable-error';

const tempFile = (name: string) => join(mkdtempSync(join(tmpdir(), 'notetutor-db-')), name);

describe('openStudyStore faults', () => {
  it('refuses a file that is not an SQLite database, saying so', async () => {
    const file = tempFile('learners.sqlite');
    writeFileSync(file, 'these are not the pages of a database '.repeat(200));
    const opening = openStudyStore({ file });
    await expect(opening).rejects.toBeInstanceOf(StoreUnavailableError);
    await expect(opening).rejects.toThrow(/corrupt/);
  });

  it('reports a file locked by another process as locked, after the busy timeout', async () => {
    const file = tempFile('learners.sqlite');
    const store = await openStudyStore({ file }, { busyTimeoutMs: 50 });
    const other = new Database(file);
    other.exec('BEGIN IMMEDIATE');
    try {
      await expect(store.createLearner({ id: 'a', tokenHash: 'h', now: 1 })).rejects.toThrow(/locked/);
    } finally {
      other.exec('ROLLBACK');
      other.close();
    }
    // Once the lock is gone, the store serves again.
    await expect(store.createLearner({ id: 'a', tokenHash: 'h', now: 1 })).resolves.toMatchObject({
      id: 'a',
    });
    await store.close();
  });

  it('reports an unreachable PostgreSQL server without hanging', async () => {
    const opening = openStudyStore({ url: 'postgres://nobody@127.0.0.1:1/none' });
    await expect(opening).rejects.toThrow(/cannot be reached/);
  });
});
