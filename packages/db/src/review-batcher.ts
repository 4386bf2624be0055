import type { ReviewOutcome } from './sqlite-record-review';
import type { RecordReviewResult } from './store-records';
import type { RecordReviewInput } from './study-store';

/** Most reviews written in one transaction. */
export const MAX_REVIEW_BATCH = 64;

/**
 * Group commit: reviews that arrive in the same turn of the event loop (concurrent requests) are written
 * by `write` in one transaction, and each caller is answered only after that transaction committed, so an
 * acknowledged review is durable exactly as with one transaction per review. One review alone waits for
 * one `setImmediate` — nothing else. A batch that fails as a whole fails each of its reviews.
 *
 * @example
 * const record = createReviewBatcher((inputs) => db.connection().execute(async () => writeBatch(inputs)));
 * const result = await record(input);
 */
export function createReviewBatcher(
  write: (inputs: readonly RecordReviewInput[]) => Promise<ReviewOutcome[]>,
): (input: RecordReviewInput) => Promise<RecordReviewResult> {
  type Waiting = {
    input: RecordReviewInput;
    resolve: (result: RecordReviewResult) => void;
    reject: (error: unknown) => void;
  };
  let queue: Waiting[] = [];
  let scheduled = false;

  const flush = async () => {
    scheduled = false;
    while (queue.length > 0) {
      const batch = queue.slice(0, MAX_REVIEW_BATCH);
      queue = queue.slice(batch.length);
      try {
        const outcomes = await write(batch.map((w) => w.input));
        batch.forEach((waiting, i) => {
          const outcome = outcomes[i];
          if (outcome && 'result' in outcome) waiting.resolve(outcome.result);
          else
            waiting.reject(outcome ? outcome.error : new Error('@notetutor/db/review-batcher: no outcome'));
        });
      } catch (error) {
        for (const waiting of batch) waiting.reject(error);
      }
    }
  };

  return (input) =>
    new Promise<RecordReviewResult>((resolve, reject) => {
      queue.push({ input, resolve, reject });
      if (!scheduled) {
        scheduled = true;
        setImmediate(() => void flush());
      }
    });
}
