import type { Migration, MigrationProvider } from 'kysely';
import type { StoreDialect } from '../store-dialect';
import { initial } from './0001-initial';
import { askedGaps } from './0002-asked-gaps';

/**
 * The numbered, forward-only migrations, in order. Add a file `000N-what.ts` and list it here; never edit
 * one that has shipped.
 */
export function migrationsFor(dialect: StoreDialect): Record<string, Migration> {
  return {
    '0001-initial': initial(dialect),
    '0002-asked-gaps': askedGaps(),
  };
}

/** Kysely's provider over the in-code migrations (no file-system scan, so bundling keeps them). */
export function migrationProvider(dialect: StoreDialect): MigrationProvider {
  return { getMigrations: async () => migrationsFor(dialect) };
}
