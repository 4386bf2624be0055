import type { Answer } from '@notetutor/contracts';
import type { LearnerRecord } from '@notetutor/db';
import type { Logger } from '../logger';
import type { StudyService } from './study-service';

/** Keeps, for a learner, a question the tutor declined or answered only partly. */
export type AnswerGapRecorder = (
  learner: LearnerRecord | undefined,
  question: string,
  answer: Answer,
) => Promise<void>;

/** Whether an answer shows a gap in the notes: declined (`grounded: false`), or only partly covered. */
export function answerGapKind(answer: Answer): 'declined' | 'partial' | undefined {
  if (!answer.grounded) return 'declined';
  return answer.coverage === 'partial' ? 'partial' : undefined;
}

/**
 * The recorder the tutor routes call once an answer is complete (before they send its end, so a client
 * that got the answer finds the gap listed). Anonymous questions, full answers and a learner who turned
 * recording off keep nothing; a database failure is logged and never fails the answer.
 *
 * @example
 * const record = answerGapRecorder(study, logger);
 * await record(c.get('learner'), question, answer);
 */
export function answerGapRecorder(study: StudyService | undefined, logger: Logger): AnswerGapRecorder {
  return async (learner, question, answer) => {
    const kind = answerGapKind(answer);
    if (!study || !learner || !kind) return;
    try {
      await study.recordAskedGap(learner, {
        question: question.trim(),
        kind,
        missing: kind === 'partial' ? (answer.missing ?? []) : [],
      });
    } catch (error) {
      logger.warn('could not keep a question the notes do not cover', {
        reason: error instanceof Error ? error.message : String(error),
      });
    }
  };
}
