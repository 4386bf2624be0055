import type {
  Quiz,
  QuizAnswer,
  QuizQuestion,
  QuizQuestionResult,
  QuizResult,
  StudyPath,
  StudyPathStep,
} from '@notetutor/contracts';
import { arrayOf, isRecord, numberField, stringField } from './shape';
import { toCitation, toConceptRef, toLanguage } from './to-answer-parts';

const KINDS = new Set(['choice', 'cloze', 'true-false', 'explain']);
const DIFFICULTIES = new Set(['easy', 'medium', 'hard']);
const strings = (value: unknown) => arrayOf(value, (s) => (typeof s === 'string' ? s : undefined));
const count = (value: Record<string, unknown>, key: string) => {
  const n = numberField(value, key);
  return n !== undefined && Number.isInteger(n) && n >= 0 ? n : undefined;
};

/** A quiz question from untrusted JSON, or `undefined`. */
export function toQuizQuestion(value: unknown): QuizQuestion | undefined {
  if (!isRecord(value)) return undefined;
  const id = stringField(value, 'id');
  const kind = stringField(value, 'kind');
  const prompt = stringField(value, 'prompt');
  const concepts = arrayOf(value.concepts, toConceptRef);
  if (!id || !kind || !KINDS.has(kind) || !prompt || concepts.length === 0) return undefined;
  const options = strings(value.options);
  if ((kind === 'choice' || kind === 'true-false') && options.length < 2) return undefined;
  const difficulty = stringField(value, 'difficulty') ?? 'medium';
  return {
    id,
    kind: kind as QuizQuestion['kind'],
    lang: toLanguage(value.lang) ?? 'en',
    concepts,
    prompt,
    options,
    difficulty: (DIFFICULTIES.has(difficulty) ? difficulty : 'medium') as QuizQuestion['difficulty'],
  };
}

/** A quiz (`POST /api/quiz`, or a chat `quiz` event's) from untrusted JSON, or `undefined`. */
export function toQuiz(value: unknown): Quiz | undefined {
  if (!isRecord(value)) return undefined;
  const id = stringField(value, 'id');
  if (!id || !Array.isArray(value.questions)) return undefined;
  return {
    id,
    lang: toLanguage(value.lang) ?? 'en',
    concepts: arrayOf(value.concepts, toConceptRef),
    questions: arrayOf(value.questions, toQuizQuestion),
    matched: value.matched !== false,
    seed: stringField(value, 'seed') ?? '',
    expiresAt: stringField(value, 'expiresAt') ?? '',
  };
}

/** One answer as the browser keeps it, or `undefined`. */
export function toQuizAnswer(value: unknown): QuizAnswer | undefined {
  if (!isRecord(value)) return undefined;
  const questionId = stringField(value, 'questionId');
  if (!questionId) return undefined;
  const answer: QuizAnswer = { questionId };
  const choice = count(value, 'choice');
  if (choice !== undefined) answer.choice = choice;
  const text = stringField(value, 'text');
  if (text !== undefined) answer.text = text;
  if (typeof value.selfRated === 'boolean') answer.selfRated = value.selfRated;
  return answer;
}

/** One graded question, or `undefined`. */
export function toQuizQuestionResult(value: unknown): QuizQuestionResult | undefined {
  if (!isRecord(value)) return undefined;
  const questionId = stringField(value, 'questionId');
  const explanation = toCitation(value.explanation);
  if (!questionId || !explanation) return undefined;
  return {
    questionId,
    answered: value.answered === true,
    correct: value.correct === true,
    correctChoice: count(value, 'correctChoice') ?? null,
    answer: stringField(value, 'answer') ?? '',
    explanation,
  };
}

/** `POST /api/quiz/{id}/answers` from untrusted JSON, or `undefined`. */
export function toQuizResult(value: unknown): QuizResult | undefined {
  if (!isRecord(value) || !isRecord(value.score)) return undefined;
  const quizId = stringField(value, 'quizId');
  const correct = count(value.score, 'correct');
  const total = count(value.score, 'total');
  if (!quizId || correct === undefined || total === undefined) return undefined;
  return {
    quizId,
    results: arrayOf(value.results, toQuizQuestionResult),
    score: { correct, total },
    recorded: value.recorded === true,
    mastery: arrayOf(value.mastery, (m) => {
      if (!isRecord(m)) return undefined;
      const concept = toConceptRef(m.concept);
      const mastery = numberField(m, 'mastery');
      return concept && mastery !== undefined
        ? { concept, mastery: Math.min(1, Math.max(0, mastery)) }
        : undefined;
    }),
  };
}

function toStudyPathStep(value: unknown): StudyPathStep | undefined {
  if (!isRecord(value)) return undefined;
  const concept = toConceptRef(value.concept);
  if (!concept) return undefined;
  const mastery = numberField(value, 'mastery');
  let reason: StudyPathStep['reason'] = null;
  if (isRecord(value.reason)) {
    const of = toConceptRef(value.reason.prerequisiteOf);
    const relation = stringField(value.reason, 'relation');
    if (of && relation)
      reason = {
        prerequisiteOf: of,
        relation: relation as NonNullable<StudyPathStep['reason']>['relation'],
        statement: stringField(value.reason, 'statement') ?? '',
        evidence: arrayOf(value.reason.evidence, toCitation),
      };
  }
  return { concept, mastery: mastery === undefined ? null : Math.min(1, Math.max(0, mastery)), reason };
}

/** `GET /api/study/path` (or a chat `study-path` event's path) from untrusted JSON, or `undefined`. */
export function toStudyPath(value: unknown): StudyPath | undefined {
  if (!isRecord(value) || !Array.isArray(value.steps)) return undefined;
  return {
    target: toConceptRef(value.target) ?? null,
    steps: arrayOf(value.steps, toStudyPathStep),
    brokenCycles: arrayOf(value.brokenCycles, (c) => {
      if (!isRecord(c)) return undefined;
      const from = stringField(c, 'from');
      const to = stringField(c, 'to');
      const relation = stringField(c, 'relation');
      return from && to && relation
        ? { from, to, relation: relation as StudyPath['brokenCycles'][number]['relation'] }
        : undefined;
    }),
  };
}
