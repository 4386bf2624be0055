import type { QuizQuestionKind } from '@notetutor/contracts';
import { type KnowledgeBase, mostCentralConcepts } from '@notetutor/graph';
import type { Lang } from '@notetutor/notes';
import { isJunkConcept } from './is-junk-concept';
import { makeQuizItems } from './make-quiz-items';
import type { QuizItem } from './quiz-item';
import { createSeededRandom } from './seeded-random';

export interface BuildQuizOptions {
  /** Concepts to ask about; unset or none known: the notes' most central concepts. */
  conceptIds?: string[];
  /** How many questions (1–50, default 5). */
  count?: number;
  /** Language of the questions (default `en`); the other one when the notes have none in it. */
  lang?: Lang;
  /** Same seed, same notes: same quiz (default `quiz`). */
  seed?: string | number;
}

export interface BuiltQuiz {
  lang: Lang;
  /** The concepts the questions were drawn from. */
  conceptIds: string[];
  items: QuizItem[];
}

/** The order kinds are taken in, so a quiz mixes them. */
const KIND_CYCLE: QuizQuestionKind[] = ['choice', 'true-false', 'choice', 'cloze', 'explain'];
const CENTRAL = 12;

function aboutIds(item: QuizItem): string[] {
  return item.relation ? [item.relation.source, item.relation.target] : item.conceptIds.slice(0, 1);
}

function factOf(item: QuizItem): string {
  return item.relation
    ? `${item.relation.source}|${item.relation.type}|${item.relation.target}`
    : `${item.kind}|${item.conceptIds[0]}`;
}

/**
 * A quiz about some concepts: questions whose subject (or relation end) is one of them, in a seeded random
 * order that mixes kinds (choice, true/false, cloze, explain), never asks one fact twice and spreads over
 * the concepts. When the concepts asked for support fewer than `count` questions, their neighbours in the graph
 * fill the quiz; fewer than `count` only when the notes support fewer still.
 *
 * @example buildQuiz(kb, { conceptIds: ['bridge'], count: 5, seed: 1 }).items.length; // 5
 */
export function buildQuiz(kb: KnowledgeBase, options: BuildQuizOptions = {}): BuiltQuiz {
  const count = Math.max(1, Math.min(50, Math.floor(options.count ?? 5)));
  const asked = (options.conceptIds ?? []).filter((id) => kb.graph.hasNode(id) && !isJunkConcept(kb, id));
  let scope =
    asked.length > 0
      ? [...new Set(asked)].sort()
      : mostCentralConcepts(kb.graph, CENTRAL * 2)
          .map((c) => c.id)
          .filter((id) => !isJunkConcept(kb, id))
          .slice(0, CENTRAL)
          .sort();
  const asks = new Set(scope);
  let inScope = asks;
  let lang: Lang = options.lang ?? 'en';
  const pick = (l: Lang) =>
    makeQuizItems(kb, l).filter((item) => aboutIds(item).some((id) => inScope.has(id)));
  let candidates = pick(lang);
  if (candidates.length === 0) {
    const other: Lang = lang === 'en' ? 'zh' : 'en';
    const fallback = pick(other);
    if (fallback.length > 0) {
      candidates = fallback;
      lang = other;
    }
  }
  // Too few facts about the concepts asked for: their neighbours in the graph fill the quiz, after them.
  if (asked.length > 0 && new Set(candidates.map(factOf)).size < count) {
    const neighbours = new Set(scope);
    for (const id of scope) {
      for (const other of kb.graph.neighbors(id)) if (!isJunkConcept(kb, other)) neighbours.add(other);
    }
    if (neighbours.size > scope.length) {
      inScope = neighbours;
      candidates = pick(lang);
      scope = [...neighbours].sort();
    }
  }
  const shuffled = createSeededRandom(options.seed ?? 'quiz').shuffle(candidates);
  // The subject asked for first (a question about bridge before one where bridge is only the answer), then
  // the neighbours that fill the quiz.
  const rankOf = (item: QuizItem) => {
    const subject = item.conceptIds[0] ?? '';
    return asks.has(subject) ? 0 : aboutIds(item).some((id) => asks.has(id)) ? 1 : 2;
  };
  shuffled.sort((a, b) => rankOf(a) - rankOf(b));
  const chosen: QuizItem[] = [];
  const facts = new Set<string>();
  const perConcept = new Map<string, number>();
  const used = new Set<string>();
  for (let round = 0; chosen.length < count && used.size < shuffled.length; round++) {
    const wanted = KIND_CYCLE[round % KIND_CYCLE.length];
    const unused = shuffled.filter((item) => !used.has(item.id) && !facts.has(factOf(item)));
    if (unused.length === 0) break;
    // Questions on the concepts asked for come first; the neighbours only once those run out.
    const onTopic = unused.filter((item) => rankOf(item) < 2);
    const fresh = onTopic.length > 0 ? onTopic : unused;
    const load = (item: QuizItem) => perConcept.get(item.conceptIds[0] ?? '') ?? 0;
    let least = Number.POSITIVE_INFINITY;
    for (const item of fresh) least = Math.min(least, load(item));
    const next =
      fresh.find((item) => item.kind === wanted && load(item) === least) ??
      fresh.find((item) => load(item) === least) ??
      fresh[0];
    if (!next) break;
    used.add(next.id);
    facts.add(factOf(next));
    perConcept.set(next.conceptIds[0] ?? '', load(next) + 1);
    chosen.push(next);
  }
  return { lang, conceptIds: scope, items: chosen };
}
