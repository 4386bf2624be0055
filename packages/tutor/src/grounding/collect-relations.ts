import type { KnowledgeBase } from '@notetutor/graph';
import type { GroundedRelation } from '../types';
import { passageInLanguage } from './passage-in-language';
import type { AnswerLanguage } from './passage-index';

/** Most relations a grounding carries. */
export const MAX_RELATIONS = 8;

/**
 * The relations an answer may explain: edges between two of the question's concepts first, then edges from
 * them to the concepts graph expansion found, then their strongest other edges; each with its evidence
 * passages in the answer's language. Only edges with evidence are kept (every edge should have some).
 *
 * @example
 * collectRelations(kb, ['namespaces'], ['isolation'], 'en');
 * // [{ source: 'namespaces', target: 'isolation', type: 'provides', evidence: ['docker-concepts.en#2.2'] }, …]
 */
export function collectRelations(
  kb: KnowledgeBase,
  linked: readonly string[],
  related: readonly string[],
  language: AnswerLanguage,
  limit = MAX_RELATIONS,
): GroundedRelation[] {
  const linkedSet = new Set(linked);
  const relatedSet = new Set(related);
  const candidates: { edge: string; rank: number; weight: number; key: string }[] = [];
  const seen = new Set<string>();
  for (const concept of linked) {
    if (!kb.graph.hasNode(concept)) continue;
    kb.graph.forEachEdge(concept, (edge, attributes, source, target) => {
      if (seen.has(edge) || source === target) return;
      seen.add(edge);
      const other = source === concept ? target : source;
      const rank = linkedSet.has(other) ? 0 : relatedSet.has(other) ? 1 : 2;
      candidates.push({
        edge,
        rank,
        weight: attributes.weight,
        key: `${source}\u0000${attributes.type}\u0000${target}`,
      });
    });
  }
  candidates.sort(
    (a, b) => a.rank - b.rank || b.weight - a.weight || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0),
  );
  const relations: GroundedRelation[] = [];
  for (const { edge } of candidates) {
    if (relations.length >= limit) break;
    const attributes = kb.graph.getEdgeAttributes(edge);
    const evidence = [
      ...new Set(attributes.evidence.map((id) => passageInLanguage(kb, id, language))),
    ].filter((id) => kb.passages.has(id));
    if (evidence.length === 0) continue;
    relations.push({
      source: kb.graph.source(edge),
      target: kb.graph.target(edge),
      type: attributes.type,
      evidence,
    });
  }
  return relations;
}
