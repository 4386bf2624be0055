import type { KnowledgeBase } from '@notetutor/graph';
import type { Lang } from '@notetutor/notes';
import { buildQuiz } from './build-quiz';
import { foldAnswer } from './fold-answer';
import { isJunkConcept } from './is-junk-concept';
import { makeQuizItems } from './make-quiz-items';
import type { QuizItem } from './quiz-item';

/** Counts of the quiz quality gates over every question the notes support (both languages). */
export interface QuizQualityCounts {
  questions: number;
  byKind: Record<string, number>;
  /** Choice and true/false questions with exactly one right option according to the graph. */
  exactlyOneCorrect: number;
  /** Choice and true/false questions (what `exactlyOneCorrect` is out of). */
  withOptions: number;
  /** Questions with two options that read the same. */
  duplicateOptions: number;
  /** Wrong options (or false statements) that the graph makes true. */
  distractorsTrue: number;
  /** Questions whose cited sentence names the answer. */
  answerInPassage: number;
  /** Questions about a concept whose names are everyday words. */
  junkSubjects: number;
}

export interface QuizQualityReport {
  counts: QuizQualityCounts;
  /** Ten questions of a seeded quiz over every concept (English when the notes allow, else Chinese). */
  samples: QuizItem[];
}

/** Whether the graph states `source type target` (either way for a symmetric type), or names them alike. */
function graphStates(kb: KnowledgeBase, source: string, type: string, target: string): boolean {
  if (source === target) return true;
  let found = false;
  kb.graph.forEachEdge(source, target, (_e, a) => {
    if (a.type === type) found = true;
  });
  if (type === 'contrasts-with' || type === 'related-to')
    kb.graph.forEachEdge(target, source, (_e, a) => {
      if (a.type === type) found = true;
    });
  return found;
}

function sameName(kb: KnowledgeBase, a: string, b: string): boolean {
  const mine = new Set(kb.graph.getNodeAttribute(a, 'aliases').map(foldAnswer));
  return kb.graph.getNodeAttribute(b, 'aliases').some((x) => mine.has(foldAnswer(x)));
}

/** How many options the graph makes right: for a relation stem, those it states; else the answer and its aliases. */
function rightOptions(kb: KnowledgeBase, item: QuizItem): { right: number; wrongButTrue: number } {
  if (item.kind === 'true-false') {
    const r = item.relation;
    if (!r) return { right: 1, wrongButTrue: 0 };
    const holds = graphStates(kb, r.source, r.type, r.stated);
    const keyed = item.correct === 0;
    return { right: 1, wrongButTrue: holds === keyed ? 0 : 1 };
  }
  let right = 0;
  let wrongButTrue = 0;
  item.optionConcepts.forEach((id, index) => {
    if (!id || !item.answerConcept) return;
    const isRight = item.relation
      ? graphStates(kb, item.relation.source, item.relation.type, id) || sameName(kb, id, item.answerConcept)
      : id === item.answerConcept || sameName(kb, id, item.answerConcept);
    if (isRight) right++;
    if (isRight && index !== item.correct) wrongButTrue++;
  });
  return { right, wrongButTrue };
}

/** Whether the cited sentence names what answers the question (the blank, the stated relation's target). */
function answerInPassage(kb: KnowledgeBase, item: QuizItem): boolean {
  const needed = item.relation ? item.relation.target : (item.answerConcept ?? item.conceptIds[0]);
  if (!needed) return false;
  return kb.lookup.find(item.explanation.quote, { lang: item.lang }).some((m) => m.id === needed);
}

/**
 * The quiz quality gates over every question the notes support, in both languages: exactly one right
 * option, no duplicate options, no wrong option the graph makes true, the answer named in the cited
 * sentence, no question about a concept with an everyday name; plus ten sample questions to read.
 *
 * @example quizQualityReport(kb).counts.distractorsTrue; // 0
 */
export function quizQualityReport(kb: KnowledgeBase): QuizQualityReport {
  const counts: QuizQualityCounts = {
    questions: 0,
    byKind: {},
    exactlyOneCorrect: 0,
    withOptions: 0,
    duplicateOptions: 0,
    distractorsTrue: 0,
    answerInPassage: 0,
    junkSubjects: 0,
  };
  for (const lang of ['en', 'zh'] as Lang[]) {
    for (const item of makeQuizItems(kb, lang)) {
      counts.questions++;
      counts.byKind[item.kind] = (counts.byKind[item.kind] ?? 0) + 1;
      if (item.options.length > 0) {
        counts.withOptions++;
        const { right, wrongButTrue } = rightOptions(kb, item);
        if (right === 1 && wrongButTrue === 0) counts.exactlyOneCorrect++;
        counts.distractorsTrue += wrongButTrue;
        if (new Set(item.options.map(foldAnswer)).size !== item.options.length) counts.duplicateOptions++;
      }
      if (answerInPassage(kb, item)) counts.answerInPassage++;
      const about = item.relation
        ? [item.relation.source, item.relation.target]
        : item.conceptIds.slice(0, 1);
      if (about.some((id) => isJunkConcept(kb, id))) counts.junkSubjects++;
    }
  }
  // Drawn from every concept, so a corpus whose questions are not about its central concepts still shows some.
  const conceptIds = kb.graph.nodes();
  let samples = buildQuiz(kb, { conceptIds, count: 10, lang: 'en', seed: 'quality-report' }).items;
  if (samples.length === 0)
    samples = buildQuiz(kb, { conceptIds, count: 10, lang: 'zh', seed: 'quality-report' }).items;
  return { counts, samples };
}
