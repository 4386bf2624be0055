import { randomUUID } from 'node:crypto';
import type {
  Quiz,
  QuizAnswersRequest,
  QuizExplanationGrade,
  QuizRequest,
  QuizResult,
  StudyPath,
} from '@notetutor/contracts';
import type { LearnerRecord } from '@notetutor/db';
import type { KnowledgeBase } from '@notetutor/graph';
import {
  buildQuiz,
  buildStudyPath,
  type Deck,
  gradeQuizItem,
  type QuizItem,
  resolveQuizTopic,
} from '@notetutor/study';
import {
  type ExplanationGrader,
  gradingFallbackNotice,
  ModelFailure,
  type PromptPassage,
} from '@notetutor/tutor';
import { ApiError } from '../api-error';
import type { KnowledgeHolder } from '../knowledge/knowledge-holder';
import { deckOf } from '../study/deck-of';
import type { StudyService } from '../study/study-service';
import { quizReviewId } from './last-quiz-results';

/** How long a quiz can be answered. */
export const QUIZ_TTL_MS = 60 * 60 * 1000;
/** Most quizzes kept at once (the oldest go first). */
export const MAX_QUIZZES = 2000;

interface StoredQuiz {
  id: string;
  kb: KnowledgeBase;
  lang: 'zh' | 'en';
  items: QuizItem[];
  expiresAt: number;
  /**
   * `learner id + question id` of every answer recorded: each question is recorded once per learner, the
   * first time it is answered, so a quiz can be graded one question at a time and resubmitted.
   */
  recorded: Set<string>;
}

export interface QuizServiceOptions {
  knowledge: KnowledgeHolder;
  study?: StudyService;
  now?: () => number;
  /** Grades "explain in your own words" answers through the model; without it the learner rates themselves. */
  gradeExplanation?: ExplanationGrader;
  /** The longest wait for the model's grades of one submission, in ms (then: self-rating). Default 20 s. */
  gradeTimeoutMs?: number;
}

export type QuizService = ReturnType<typeof createQuizService>;

function label(kb: KnowledgeBase, id: string, lang: 'zh' | 'en'): string {
  const node = kb.graph.getNodeAttributes(id);
  return (lang === 'zh' ? node.labelZh || node.labelEn : node.labelEn || node.labelZh) || id;
}

const NO_GRADER = {
  en: 'No model is set up to grade explanations: compare yours with the passage and rate it yourself.',
  zh: '没有配置模型来评判解释：请对照原文自己评判你的解释。',
} as const;
const GRADER_TOO_SLOW = {
  en: 'The model did not grade your explanation in time; compare it with the passage and rate it yourself.',
  zh: '模型没有及时评判你的解释；请对照原文自己评判。',
} as const;

/** The key the model grades an explanation against: the cited passage in full, and its original. */
function gradingPassages(kb: KnowledgeBase, item: QuizItem): PromptPassage[] {
  const cited = [item.explanation.id, item.explanation.original?.id].filter((id): id is string =>
    Boolean(id),
  );
  return cited.flatMap((id, index) => {
    const passage = kb.passages.get(id);
    return passage ? [{ n: index + 1, id, headingPath: passage.headingPath, text: passage.text }] : [];
  });
}

/** The card a question's result is recorded on: its relation's card, else the subject's definition, else any. */
function cardFor(deck: Deck, item: QuizItem): string | undefined {
  const subject = item.relation?.source ?? item.conceptIds[0];
  const cards = deck.cards.filter((c) => c.conceptIds[0] === subject);
  const relation = item.relation
    ? cards.find((c) => c.kind === 'relation' && c.conceptIds.includes(item.relation?.target ?? ''))
    : undefined;
  return (relation ?? cards.find((c) => c.kind === 'definition') ?? cards[0])?.id;
}

/**
 * Quizzes over the notes being served, kept in memory for {@link QUIZ_TTL_MS} (a restart forgets them: a
 * quiz is a few minutes' work, and its questions are rebuilt from the seed). A learner's answers are
 * recorded (the first answer to each question, whether sent one at a time or all at once) as one review per question on the card that asks the same thing (good when right, again when
 * wrong), so it moves the concept's FSRS mastery like a review would; anonymous quizzes record nothing.
 */
export function createQuizService(options: QuizServiceOptions) {
  const now = options.now ?? Date.now;
  const quizzes = new Map<string, StoredQuiz>();
  const sweep = () => {
    const at = now();
    for (const [id, quiz] of quizzes) if (quiz.expiresAt <= at) quizzes.delete(id);
    while (quizzes.size >= MAX_QUIZZES) {
      const oldest = quizzes.keys().next().value;
      if (oldest === undefined) break;
      quizzes.delete(oldest);
    }
  };
  const masteryOf = async (learner: LearnerRecord | undefined): Promise<Map<string, number> | undefined> => {
    if (!learner || !options.study) return undefined;
    const progress = await options.study.progress(learner);
    return new Map(progress.concepts.map((c) => [c.concept.id, c.mastery]));
  };

  /**
   * The model's grades of the explanations written in this submission (in parallel, within one deadline),
   * or for each one why it was not graded: no model, or the model failed — then the self-rating counts.
   */
  async function gradeExplanations(
    quiz: StoredQuiz,
    answers: Map<string, QuizAnswersRequest['answers'][number]>,
  ): Promise<Map<string, { grade?: QuizExplanationGrade; feedback?: string; notice?: string }>> {
    const verdicts = new Map<string, { grade?: QuizExplanationGrade; feedback?: string; notice?: string }>();
    const written = quiz.items.filter(
      (item) => item.kind === 'explain' && answers.get(item.id)?.text?.trim(),
    );
    if (written.length === 0) return verdicts;
    const grade = options.gradeExplanation;
    if (!grade) {
      for (const item of written) verdicts.set(item.id, { notice: NO_GRADER[quiz.lang] });
      return verdicts;
    }
    const signal = AbortSignal.timeout(options.gradeTimeoutMs ?? 20_000);
    await Promise.all(
      written.map(async (item) => {
        try {
          const verdict = await grade(
            {
              question: item.prompt,
              answer: answers.get(item.id)?.text ?? '',
              language: quiz.lang,
              passages: gradingPassages(quiz.kb, item),
            },
            { signal },
          );
          verdicts.set(item.id, verdict);
        } catch (error) {
          verdicts.set(item.id, {
            notice:
              error instanceof ModelFailure
                ? gradingFallbackNotice(error, quiz.lang)
                : GRADER_TOO_SLOW[quiz.lang],
          });
        }
      }),
    );
    return verdicts;
  }

  return {
    /** A new quiz; unknown concepts or a topic the notes do not name fall back to the central concepts. */
    create(request: QuizRequest): Quiz {
      sweep();
      const kb = options.knowledge.current.kb;
      const snapshot = options.knowledge.current;
      const asked = (request.concepts ?? [])
        .map((c) => snapshot.resolveConcept(c))
        .filter((id): id is string => Boolean(id));
      const fromTopic = request.topic ? resolveQuizTopic(kb, request.topic) : [];
      const conceptIds = [...new Set([...asked, ...fromTopic])];
      const seed = request.seed === undefined ? randomUUID() : String(request.seed);
      const built = buildQuiz(kb, {
        conceptIds,
        count: request.count ?? 5,
        lang: request.language ?? 'en',
        seed,
      });
      const id = `quiz_${randomUUID().replaceAll('-', '')}`;
      const expiresAt = now() + QUIZ_TTL_MS;
      quizzes.set(id, { id, kb, lang: built.lang, items: built.items, expiresAt, recorded: new Set() });
      return {
        id,
        lang: built.lang,
        concepts: built.conceptIds.map((c) => ({ id: c, label: label(kb, c, built.lang) })),
        questions: built.items.map((item) => ({
          id: item.id,
          kind: item.kind,
          lang: item.lang,
          concepts: item.conceptIds
            .slice(0, item.relation ? 2 : 1)
            .map((c) => ({ id: c, label: label(kb, c, item.lang) })),
          prompt: item.prompt,
          options: item.options,
          difficulty: item.difficulty,
        })),
        seed,
        expiresAt: new Date(expiresAt).toISOString(),
        matched: conceptIds.length > 0 || (!request.topic && !request.concepts?.length),
      };
    },

    /** Grades answers; with a learner, records each answered question once as a review. */
    async answer(quizId: string, request: QuizAnswersRequest, learner?: LearnerRecord): Promise<QuizResult> {
      const quiz = quizzes.get(quizId);
      if (!quiz || quiz.expiresAt <= now())
        throw new ApiError(
          'not_found',
          `no quiz "${quizId}" (quizzes expire after an hour); start a new one`,
        );
      const byId = new Map(request.answers.map((a) => [a.questionId, a]));
      const unknown = request.answers.find((a) => !quiz.items.some((item) => item.id === a.questionId));
      if (unknown)
        throw new ApiError('invalid_request', `quiz "${quizId}" has no question "${unknown.questionId}"`);
      // A pick must be one of the question's options: "option 999 of 3" is a client's mistake, not a wrong answer.
      for (const answer of request.answers) {
        const item = quiz.items.find((i) => i.id === answer.questionId);
        // (A question without options, answered in words, ignores a choice sent with its text.)
        if (answer.choice === undefined || item === undefined || item.options.length === 0) continue;
        if (answer.choice >= item.options.length)
          throw new ApiError(
            'invalid_request',
            `question "${item.id}" has options 0–${item.options.length - 1}, not ${answer.choice}`,
          );
      }
      const verdicts = await gradeExplanations(quiz, byId);
      const results = quiz.items.map((item) => {
        const verdict = verdicts.get(item.id);
        const grade = verdict?.grade ? verdict.grade === 'correct' : gradeQuizItem(item, byId.get(item.id));
        // FSRS rating of the review the answer becomes: right good, partly right hard, wrong again.
        const rating: 1 | 2 | 3 | null =
          verdict?.grade === 'partial' ? 2 : grade === null ? null : grade ? 3 : 1;
        return {
          item,
          grade,
          rating,
          result: {
            questionId: item.id,
            answered: grade !== null,
            correct: grade === true,
            correctChoice: item.correct,
            answer: item.answer,
            explanation: item.explanation,
            ...(verdict?.grade ? { grade: verdict.grade, feedback: verdict.feedback } : {}),
            ...(verdict?.notice ? { notice: verdict.notice } : {}),
          },
        };
      });
      let recorded = false;
      const mastery: QuizResult['mastery'] = [];
      if (learner && options.study && quiz.kb === options.knowledge.current.kb) {
        const deck = deckOf(quiz.kb);
        for (const { item, rating } of results) {
          const cardId = cardFor(deck, item);
          const key = `${learner.id}\u0000${item.id}`;
          if (rating === null || !cardId || quiz.recorded.has(key)) continue;
          // The review id is the quiz's and the question's: submitting again applies it once.
          const reviewId = quizReviewId(quiz.id, item.id);
          await options.study.review(learner, { cardId, rating, reviewId });
          quiz.recorded.add(key);
        }
        recorded = true;
        const after = await masteryOf(learner);
        const asked = [
          ...new Set(results.map(({ item }) => item.relation?.source ?? item.conceptIds[0] ?? '')),
        ];
        for (const id of asked)
          if (id && quiz.kb.graph.hasNode(id))
            mastery.push({
              concept: { id, label: label(quiz.kb, id, quiz.lang) },
              mastery: after?.get(id) ?? 0,
            });
      }
      return {
        quizId,
        results: results.map((r) => r.result),
        score: { correct: results.filter((r) => r.grade === true).length, total: results.length },
        recorded,
        mastery,
      };
    },

    /** The study path to a concept id (or through the notes when unset), without a learner. */
    pathSync(target: string | undefined, lang: 'zh' | 'en'): StudyPath {
      return buildStudyPath(options.knowledge.current.kb, { ...(target ? { target } : {}), lang });
    },

    /** The study path to a concept (id or name), or through the notes; unmastered first for a learner. */
    async path(
      to: string | undefined,
      lang: 'zh' | 'en' | undefined,
      learner?: LearnerRecord,
    ): Promise<StudyPath> {
      const snapshot = options.knowledge.current;
      const target = to === undefined ? undefined : snapshot.resolveConcept(to);
      if (to !== undefined && !target) throw new ApiError('not_found', `no concept "${to}" in the notes`);
      const mastery = await masteryOf(learner);
      return buildStudyPath(snapshot.kb, {
        ...(target ? { target } : {}),
        lang: lang ?? 'en',
        ...(mastery ? { mastery } : {}),
      });
    },
  };
}
