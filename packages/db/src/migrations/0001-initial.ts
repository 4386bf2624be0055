import type { Kysely, Migration } from 'kysely';
import type { StoreDialect } from '../store-dialect';

/** Learners, per-learner card states and the review log. */
export const initial = (dialect: StoreDialect): Migration => ({
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable('learners')
      .addColumn('id', 'varchar(64)', (col) => col.primaryKey())
      .addColumn('token_hash', 'varchar(64)', (col) => col.notNull().unique())
      .addColumn('created_at', 'bigint', (col) => col.notNull())
      .addColumn('deck_fingerprint', 'varchar(64)')
      .execute();

    await db.schema
      .createTable('card_states')
      .addColumn('learner_id', 'varchar(64)', (col) =>
        col.notNull().references('learners.id').onDelete('cascade'),
      )
      .addColumn('card_id', 'varchar(64)', (col) => col.notNull())
      .addColumn('concept_id', 'varchar(200)', (col) => col.notNull())
      .addColumn('kind', 'varchar(20)', (col) => col.notNull())
      .addColumn('content_hash', 'varchar(64)', (col) => col.notNull())
      .addColumn('retired', 'integer', (col) => col.notNull().defaultTo(0))
      .addColumn('changed', 'integer', (col) => col.notNull().defaultTo(0))
      .addColumn('due', 'bigint', (col) => col.notNull())
      .addColumn('stability', 'double precision', (col) => col.notNull())
      .addColumn('difficulty', 'double precision', (col) => col.notNull())
      .addColumn('elapsed_days', 'integer', (col) => col.notNull())
      .addColumn('scheduled_days', 'integer', (col) => col.notNull())
      .addColumn('learning_steps', 'integer', (col) => col.notNull())
      .addColumn('reps', 'integer', (col) => col.notNull())
      .addColumn('lapses', 'integer', (col) => col.notNull())
      .addColumn('state', 'integer', (col) => col.notNull())
      .addColumn('last_review', 'bigint')
      .addColumn('version', 'integer', (col) => col.notNull())
      .addPrimaryKeyConstraint('card_states_pk', ['learner_id', 'card_id'])
      .execute();
    await db.schema
      .createIndex('card_states_due')
      .on('card_states')
      .columns(['learner_id', 'retired', 'due'])
      .execute();

    await db.schema
      .createTable('reviews')
      .addColumn('seq', 'integer', (col) =>
        // SQLite's INTEGER PRIMARY KEY is the rowid, numbered on insert; PostgreSQL needs an identity.
        dialect === 'postgres' ? col.primaryKey().generatedByDefaultAsIdentity() : col.primaryKey(),
      )
      .addColumn('learner_id', 'varchar(64)', (col) =>
        col.notNull().references('learners.id').onDelete('cascade'),
      )
      .addColumn('review_id', 'varchar(100)', (col) => col.notNull())
      .addColumn('card_id', 'varchar(64)', (col) => col.notNull())
      .addColumn('rating', 'integer', (col) => col.notNull())
      .addColumn('state', 'integer', (col) => col.notNull())
      .addColumn('due', 'bigint', (col) => col.notNull())
      .addColumn('stability', 'double precision', (col) => col.notNull())
      .addColumn('difficulty', 'double precision', (col) => col.notNull())
      .addColumn('elapsed_days', 'integer', (col) => col.notNull())
      .addColumn('last_elapsed_days', 'integer', (col) => col.notNull())
      .addColumn('scheduled_days', 'integer', (col) => col.notNull())
      .addColumn('learning_steps', 'integer', (col) => col.notNull())
      .addColumn('reviewed_at', 'bigint', (col) => col.notNull())
      .addColumn('card_version', 'integer', (col) => col.notNull())
      .addUniqueConstraint('reviews_learner_review_unique', ['learner_id', 'review_id'])
      .execute();
    await db.schema
      .createIndex('reviews_learner_time')
      .on('reviews')
      .columns(['learner_id', 'reviewed_at'])
      .execute();
  },
});
