import type { KnowledgeBase } from '@notetutor/graph';
import { passageInLanguage } from './passage-in-language';
import type { AnswerLanguage } from './passage-index';
import type { TutorIndex } from './prepare-index';
import { type Bm25Result, type QueryTerm, scoreBm25 } from './score-bm25';

/** A concept that steers ranking, with how much it counts (already scaled by specificity). */
export interface WeightedConcept {
  id: string;
  weight: number;
}

/** What a question brings to ranking. */
export interface RankingQuery {
  language: AnswerLanguage;
  terms: readonly QueryTerm[];
  /** Concepts the question (or its conversation) names. */
  linked: readonly WeightedConcept[];
  /** Concepts reached by graph expansion (personalised PageRank), not linked themselves. */
  expanded: readonly WeightedConcept[];
  /** Passages stating a relation between the linked concepts (or on the path between them). */
  relationEvidence: ReadonlyMap<string, number>;
}

/** A ranked passage position with the parts of its score. */
export interface RankedCandidate {
  position: number;
  score: number;
  /** Raw BM25 score. */
  bm25: number;
}

/** Boost for a passage that mentions a linked concept (per unit of concept weight). */
export const LINKED_EVIDENCE_BOOST = 0.6;
/** Boost for the passage that defines a linked concept. */
export const DEFINITION_BOOST = 0.3;
/** Boost for a passage whose first-mentioned concept is a linked concept: the passage is about it. */
export const TOPIC_BOOST = 0.5;
/** Boost for a passage stating a relation between linked concepts. */
export const RELATION_BOOST = 0.4;
/** Boost for a passage mentioning a concept reached by graph expansion. */
export const EXPANSION_BOOST = 0.25;

/**
 * Ranks the passages of the question's language: BM25 normalised by the best BM25 score, plus boosts for
 * passages that are evidence of the linked concepts, that are about them (name them first), that define them, that state relations between them,
 * and (less, the best one only) that mention concepts graph expansion reached, all times the passage's prior. Only touched
 * passages are scored: those with a query term or a boost.
 *
 * @example
 * const { candidates } = rankPassages(prepareIndex(kb), kb, query, 8);
 */
export function rankPassages(
  index: TutorIndex,
  kb: KnowledgeBase,
  query: RankingQuery,
  limit: number,
): { candidates: RankedCandidate[]; bm25: Bm25Result } {
  const bm25 = scoreBm25(index.passages, query.language, query.terms);
  let maxBm25 = 0;
  for (const position of bm25.touched) maxBm25 = Math.max(maxBm25, bm25.scores[position] as number);

  const boost = new Map<number, number>();
  const add = (position: number, value: number) => boost.set(position, (boost.get(position) ?? 0) + value);
  for (const concept of query.linked) {
    for (const position of index.evidence(concept.id, query.language)) {
      add(position, LINKED_EVIDENCE_BOOST * concept.weight);
      if (index.topic(position) === concept.id) add(position, TOPIC_BOOST * concept.weight);
    }
    const definition = kb.graph.hasNode(concept.id)
      ? kb.graph.getNodeAttribute(concept.id, 'definition')
      : null;
    const position =
      definition === null ? undefined : positionInLanguage(index, kb, definition, query.language);
    if (position !== undefined) add(position, DEFINITION_BOOST * concept.weight);
  }
  // Expansion breaks ties; it must not let a passage that lists many neighbours (an overview) outrank the
  // passage about the concept asked, so a passage gets the boost of its best expanded concept, not the sum.
  const expansion = new Map<number, number>();
  for (const concept of query.expanded) {
    for (const position of index.evidence(concept.id, query.language)) {
      expansion.set(position, Math.max(expansion.get(position) ?? 0, EXPANSION_BOOST * concept.weight));
    }
  }
  for (const [position, value] of expansion) add(position, value);
  // An original and its translation are one passage of the view: boost it once, by its weightiest relation.
  const relations = new Map<number, number>();
  for (const [id, weight] of query.relationEvidence) {
    const position = positionInLanguage(index, kb, id, query.language);
    if (position !== undefined) relations.set(position, Math.max(relations.get(position) ?? 0, weight));
  }
  for (const [position, weight] of relations) add(position, RELATION_BOOST * weight);

  const candidates: RankedCandidate[] = [];
  const consider = (position: number) => {
    const raw = bm25.scores[position] as number;
    const lexical = maxBm25 > 0 ? raw / maxBm25 : 0;
    const score = (index.prior[position] as number) * (lexical + (boost.get(position) ?? 0));
    if (score > 0) candidates.push({ position, score, bm25: raw });
  };
  for (const position of bm25.touched) consider(position);
  for (const position of boost.keys()) if ((bm25.scores[position] as number) === 0) consider(position);
  candidates.sort((a, b) => b.score - a.score || a.position - b.position);
  return { candidates: candidates.slice(0, limit), bm25 };
}

function positionInLanguage(
  index: TutorIndex,
  kb: KnowledgeBase,
  id: string,
  language: AnswerLanguage,
): number | undefined {
  const position = index.passages.position.get(passageInLanguage(kb, id, language));
  if (position === undefined || index.passages.views[language].member[position] !== 1) return undefined;
  return position;
}
