import type { Kysely, Migration } from 'kysely';

/**
 * The questions a learner asked that the notes did not (fully) answer, one row per distinct question, and
 * the learner's setting to keep them or not (on by default).
 */
export const askedGaps = (): Migration => ({
  async up(db: Kysely<unknown>) {
    await db.schema
      .alterTable('learners')
      .addColumn('record_gaps', 'integer', (col) => col.notNull().defaultTo(1))
      .execute();

    await db.schema
      .createTable('asked_gaps')
      .addColumn('learner_id', 'varchar(64)', (col) =>
        col.notNull().references('learners.id').onDelete('cascade'),
      )
      // SHA-256 of the folded question: a key of fixed size, whatever the question's length and script.
      .addColumn('question_key', 'varchar(64)', (col) => col.notNull())
      .addColumn('question', 'text', (col) => col.notNull())
      .addColumn('kind', 'varchar(10)', (col) => col.notNull())
      // JSON array of strings.
      .addColumn('missing', 'text', (col) => col.notNull())
      .addColumn('times', 'integer', (col) => col.notNull())
      .addColumn('first_asked', 'bigint', (col) => col.notNull())
      .addColumn('last_asked', 'bigint', (col) => col.notNull())
      .addPrimaryKeyConstraint('asked_gaps_pk', ['learner_id', 'question_key'])
      .execute();
    await db.schema
      .createIndex('asked_gaps_learner_time')
      .on('asked_gaps')
      .columns(['learner_id', 'last_asked'])
      .execute();
  },
});
