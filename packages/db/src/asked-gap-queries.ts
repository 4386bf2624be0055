import { createHash } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { StudyTables } from './schema';
import type { AskedGapRecord } from './store-records';

/** Most questions kept per learner: asking more drops the ones asked longest ago. */
export const MAX_ASKED_GAPS = 200;

/** Input of `StudyStore.recordAskedGap`. */
export interface AskedGapInput {
  learnerId: string;
  question: string;
  kind: AskedGapRecord['kind'];
  missing: string[];
  now: number;
}

/** The questions that differ only in letter case, width or spacing are one question. */
export function askedGapKey(question: string): string {
  const folded = question.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim();
  return createHash('sha256').update(folded).digest('hex');
}

const parseMissing = (json: string): string[] => {
  try {
    const value: unknown = JSON.parse(json);
    return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
  } catch {
    return [];
  }
};

/**
 * The queries on a learner's asked gaps and their recording setting. Each runs as one statement or one
 * transaction, so two instances recording at once count both.
 *
 * @example
 * const gaps = askedGapQueries(db);
 * await gaps.recordAskedGap({ learnerId, question: 'what is k8s?', kind: 'declined', missing: [], now });
 */
export function askedGapQueries(db: Kysely<StudyTables>) {
  return {
    /** Keeps the question unless the learner turned recording off; `false` when not kept. */
    recordAskedGap: (input: AskedGapInput): Promise<boolean> =>
      db.transaction().execute(async (trx) => {
        // Read in the same transaction: a learner who just turned recording off is never recorded.
        const learner = await trx
          .selectFrom('learners')
          .select('record_gaps')
          .where('id', '=', input.learnerId)
          .executeTakeFirst();
        if (!learner || Number(learner.record_gaps) !== 1) return false;
        const missing = JSON.stringify(input.missing);
        await trx
          .insertInto('asked_gaps')
          .values({
            learner_id: input.learnerId,
            question_key: askedGapKey(input.question),
            question: input.question,
            kind: input.kind,
            missing,
            times: 1,
            first_asked: input.now,
            last_asked: input.now,
          })
          .onConflict((oc) =>
            oc.columns(['learner_id', 'question_key']).doUpdateSet((eb) => ({
              question: input.question,
              kind: input.kind,
              missing,
              times: eb('asked_gaps.times', '+', 1),
              last_asked: input.now,
            })),
          )
          .execute();
        const kept = await trx
          .selectFrom('asked_gaps')
          .select('question_key')
          .where('learner_id', '=', input.learnerId)
          .orderBy('last_asked', 'desc')
          .orderBy('question_key')
          .offset(MAX_ASKED_GAPS)
          .limit(1)
          .executeTakeFirst();
        if (kept) {
          const oldest = await trx
            .selectFrom('asked_gaps')
            .select('last_asked')
            .where('learner_id', '=', input.learnerId)
            .where('question_key', '=', kept.question_key)
            .executeTakeFirstOrThrow();
          await trx
            .deleteFrom('asked_gaps')
            .where('learner_id', '=', input.learnerId)
            .where('last_asked', '<=', Number(oldest.last_asked))
            .execute();
        }
        return true;
      }),

    /** The learner's asked gaps, most recently asked first. */
    listAskedGaps: async (learnerId: string, limit = MAX_ASKED_GAPS): Promise<AskedGapRecord[]> => {
      const rows = await db
        .selectFrom('asked_gaps')
        .selectAll()
        .where('learner_id', '=', learnerId)
        .orderBy('last_asked', 'desc')
        .orderBy('question_key')
        .limit(limit)
        .execute();
      return rows.map((row) => ({
        question: row.question,
        kind: row.kind === 'partial' ? 'partial' : 'declined',
        missing: parseMissing(row.missing),
        times: Number(row.times),
        firstAsked: Number(row.first_asked),
        lastAsked: Number(row.last_asked),
      }));
    },

    /** Removes every asked gap of the learner; how many there were. */
    clearAskedGaps: async (learnerId: string): Promise<number> => {
      const result = await db.deleteFrom('asked_gaps').where('learner_id', '=', learnerId).executeTakeFirst();
      return Number(result.numDeletedRows);
    },

    /** Whether the learner's declined and partial questions are kept. */
    gapRecording: async (learnerId: string): Promise<boolean> => {
      const row = await db
        .selectFrom('learners')
        .select('record_gaps')
        .where('id', '=', learnerId)
        .executeTakeFirst();
      return row ? Number(row.record_gaps) === 1 : false;
    },

    setGapRecording: async (learnerId: string, recording: boolean): Promise<void> => {
      await db
        .updateTable('learners')
        .set({ record_gaps: recording ? 1 : 0 })
        .where('id', '=', learnerId)
        .execute();
    },
  };
}
