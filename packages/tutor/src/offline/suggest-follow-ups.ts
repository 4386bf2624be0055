import type { KnowledgeBase } from '@notetutor/graph';
import { prepareIndex } from '../grounding/prepare-index';
import type { Grounding } from '../types';
import { conceptPhrase } from './concept-phrase';
import { phraseQuestion, type SuggestedQuestion } from './phrase-question';

/** Follow-up questions an answer offers at most. */
export const MAX_FOLLOW_UPS = 3;
/** Concepts mentioned nearly everywhere (`docker`) make poor follow-ups. */
const MIN_SPECIFICITY = 0.15;

/**
 * Two or three questions that lead on from an answer, in its language: about the graph neighbours of the
 * question's concepts (closest by personalised PageRank first, then by relation weight) that the answer
 * did not already cover. A neighbour related by `contrasts-with` gets a difference question; others
 * alternate between "how do A and N relate" and "what is N".
 *
 * @example
 * suggestFollowUps(kb, grounding, new Set(['cgroups']));
 * // ['Cgroups和CPU有什么关系？', '什么是内存？', …]
 */
export function suggestFollowUps(
  kb: KnowledgeBase,
  grounding: Grounding,
  mentioned: ReadonlySet<string>,
  anchorsWhenNone: readonly string[] = [],
): string[] {
  const index = prepareIndex(kb);
  const language = grounding.language;
  const ownAnchors = grounding.concepts.map((c) => c.id).filter((id) => kb.graph.hasNode(id));
  const anchors = (ownAnchors.length > 0 ? ownAnchors : anchorsWhenNone.filter((id) => kb.graph.hasNode(id)))
    .filter((id) => index.specificity(id) >= MIN_SPECIFICITY)
    .slice(0, 2);
  if (anchors.length === 0) return [];

  const taken = new Set([...mentioned, ...anchors]);
  const candidates: { id: string; anchor: string }[] = [];
  const consider = (id: string, anchor: string) => {
    if (taken.has(id) || !kb.graph.hasNode(id) || index.specificity(id) < MIN_SPECIFICITY) return;
    taken.add(id);
    candidates.push({ id, anchor });
  };
  for (const related of grounding.related ?? []) {
    const anchor = anchors.find((a) => kb.graph.areNeighbors(a, related.id));
    if (anchor !== undefined) consider(related.id, anchor);
  }
  for (const anchor of anchors) {
    const neighbours: { id: string; weight: number }[] = [];
    kb.graph.forEachEdge(anchor, (_edge, attributes, source, target) => {
      neighbours.push({ id: source === anchor ? target : source, weight: attributes.weight });
    });
    neighbours.sort((a, b) => b.weight - a.weight || (a.id < b.id ? -1 : 1));
    for (const { id } of neighbours) consider(id, anchor);
  }

  // When the answer already covered every neighbour, what it mentioned in passing is still worth asking about.
  if (candidates.length < 2) {
    for (const id of mentioned) taken.delete(id);
    for (const id of candidates.map((c) => c.id)) taken.add(id);
    for (const anchor of anchors) taken.add(anchor);
    for (const related of grounding.related ?? []) {
      const anchor = anchors.find((a) => kb.graph.areNeighbors(a, related.id));
      if (anchor !== undefined) consider(related.id, anchor);
    }
  }
  const questions: string[] = [];
  candidates.slice(0, MAX_FOLLOW_UPS).forEach(({ id, anchor }, i) => {
    const a = conceptPhrase(kb, anchor, language, 'indefinite');
    const b = conceptPhrase(kb, id, language, 'indefinite');
    let question: SuggestedQuestion;
    if (contrasts(kb, anchor, id)) question = { kind: 'difference', a, b };
    else if (i % 2 === 1) question = { kind: 'what-is', concept: b };
    else question = { kind: 'relation', a, b };
    const text = phraseQuestion(question, language);
    if (!questions.includes(text)) questions.push(text);
  });
  return questions;
}

function contrasts(kb: KnowledgeBase, a: string, b: string): boolean {
  const edges = [...kb.graph.edges(a, b), ...kb.graph.edges(b, a)];
  return edges.some((edge) => kb.graph.getEdgeAttribute(edge, 'type') === 'contrasts-with');
}
