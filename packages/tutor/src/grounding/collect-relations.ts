import type { KnowledgeBase } from '@notetutor/graph';
import type { GroundedRelation } from '../types';
import { edgeEvidence } from './edge-evidence';
import { indexTable } from './index-table';
import type { AnswerLanguage } from './passage-index';
import { prepareIndex } from './prepare-index';

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
  // Edges to the question's other concepts first, then to related ones, then the rest; each bucket by
  // weight, then by (source, type, target) so the order never depends on insertion order.
  const buckets: IncidentEdge[][] = [[], [], []];
  const seen = new Set<string>();
  for (const concept of linked) {
    for (const incident of incidentEdges(kb, concept)) {
      if (seen.has(incident.edge)) continue;
      seen.add(incident.edge);
      const other = incident.source === concept ? incident.target : incident.source;
      const rank = linkedSet.has(other) ? 0 : relatedSet.has(other) ? 1 : 2;
      (buckets[rank] as IncidentEdge[]).push(incident);
    }
  }
  const candidates: IncidentEdge[] = [];
  for (const bucket of buckets) for (const incident of bucket.sort(heavierFirst)) candidates.push(incident);
  const relations: GroundedRelation[] = [];
  for (const incident of candidates) {
    if (relations.length >= limit) break;
    const evidence = edgeEvidence(kb, incident.edge, language);
    if (evidence.length === 0) continue;
    // A copy: the cached list is shared by every question.
    relations.push({
      source: incident.source,
      target: incident.target,
      type: incident.type,
      evidence: [...evidence],
    });
  }
  return relations;
}

/** An edge at a concept, with what ordering it needs (static per knowledge base). */
interface IncidentEdge {
  edge: string;
  source: string;
  target: string;
  type: string;
  weight: number;
}

const INCIDENT_EDGES = indexTable('incident edges', () => new Map<string, IncidentEdge[]>());

/** The edges at a concept, self-loops left out; computed once per concept and knowledge base. */
function incidentEdges(kb: KnowledgeBase, concept: string): readonly IncidentEdge[] {
  const byConcept = prepareIndex(kb).table(INCIDENT_EDGES);
  let edges = byConcept.get(concept);
  if (edges === undefined) {
    const found: IncidentEdge[] = [];
    if (kb.graph.hasNode(concept)) {
      kb.graph.forEachEdge(concept, (edge, attributes, source, target) => {
        if (source !== target)
          found.push({
            edge,
            source,
            target,
            type: attributes.type,
            weight: attributes.weight,
          });
      });
    }
    edges = found;
    byConcept.set(concept, edges);
  }
  return edges;
}

function heavierFirst(a: IncidentEdge, b: IncidentEdge): number {
  if (a.weight !== b.weight) return a.weight > b.weight ? -1 : 1;
  return byText(a.source, b.source) || byText(a.type, b.type) || byText(a.target, b.target);
}

function byText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
