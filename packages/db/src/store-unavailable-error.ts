/**
 * The database cannot serve: locked, read-only, corrupt, full, unreachable or not yet open. The HTTP edge
 * turns it into 503 on the study routes; everything else keeps working.
 */
export class StoreUnavailableError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'StoreUnavailableError';
  }
}

/** A unique or primary-key violation, in SQLite's or PostgreSQL's words. */
export function isUniqueViolation(error: unknown): boolean {
  const code = (error as { code?: unknown } | undefined)?.code;
  if (code === '23505') return true;
  if (typeof code === 'string' && /^SQLITE_CONSTRAINT_(?:UNIQUE|PRIMARYKEY)$/.test(code)) return true;
  return error instanceof Error && /UNIQUE constraint failed/.test(error.message);
}

/** Says in one sentence why the database failed, without the SQL. */
export function describeStoreFailure(error: unknown): string {
  const code = String((error as { code?: unknown } | undefined)?.code ?? '');
  const message = error instanceof Error ? error.message : String(error);
  if (/BUSY|LOCKED/.test(code) || /database is locked/i.test(message)) {
    return 'the database file is locked by another process';
  }
  if (/READONLY/.test(code) || /readonly|read-only/i.test(message)) return 'the database file is read-only';
  if (/CORRUPT|NOTADB/.test(code) || /not a database|malformed/i.test(message)) {
    return 'the database file is corrupt (not an SQLite database)';
  }
  if (/FULL/.test(code) || code === '53100' || /disk is full|no space/i.test(message)) {
    return 'the disk holding the database is full';
  }
  if (/CANTOPEN/.test(code) || /unable to open/i.test(message)) return 'the database file cannot be opened';
  if (/ECONNREFUSED|ENOTFOUND|ETIMEDOUT|ECONNRESET/.test(code) || /^08|^57P/.test(code)) {
    return `the PostgreSQL server cannot be reached (${code})`;
  }
  if (code === '28P01' || code === '28000') return 'PostgreSQL refused the credentials in DATABASE_URL';
  if (code === '3D000') return 'the PostgreSQL database named in DATABASE_URL does not exist';
  return message.split('\n')[0] ?? 'unknown database failure';
}
