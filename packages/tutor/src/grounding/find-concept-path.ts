import type { KnowledgeBase } from '@notetutor/graph';
import type { GroundedRelation } from '../types';
import { passageInLanguage } from './passage-in-language';
import type { AnswerLanguage } from './passage-index';

/** Longest path (in relations) worth explaining to a learner. */
export const MAX_PATH_LENGTH = 4;

/**
 * The shortest chain of relations between two concepts, ignoring direction (a learner asking how A leads to
 * B wants `A → X ← B` too), with each relation's evidence in the answer's language. Breadth-first, bounded
 * by {@link MAX_PATH_LENGTH}; among equally short edges between two concepts the heaviest is used.
 * Returns `undefined` when the concepts are not connected within that bound.
 *
 * @example
 * findConceptPath(kb, 'bridge-mode', 'iptables', 'zh');
 * // [{ source: 'bridge-mode', target: 'dnat', type: 'uses', … }, { source: 'dnat', target: 'iptables', … }]
 */
export function findConceptPath(
  kb: KnowledgeBase,
  from: string,
  to: string,
  language: AnswerLanguage,
): GroundedRelation[] | undefined {
  const graph = kb.graph;
  if (!graph.hasNode(from) || !graph.hasNode(to) || from === to) return undefined;
  const previous = new Map<string, { node: string; edge: string }>();
  const visited = new Set([from]);
  let frontier = [from];
  for (let depth = 0; depth < MAX_PATH_LENGTH && frontier.length > 0 && !visited.has(to); depth++) {
    const next: string[] = [];
    for (const node of frontier) {
      const best = new Map<string, { edge: string; weight: number }>();
      graph.forEachEdge(node, (edge, attributes, source, target) => {
        const neighbour = source === node ? target : source;
        if (visited.has(neighbour) || attributes.evidence.length === 0) return;
        const current = best.get(neighbour);
        if (current === undefined || attributes.weight > current.weight) {
          best.set(neighbour, { edge, weight: attributes.weight });
        }
      });
      for (const neighbour of [...best.keys()].sort()) {
        visited.add(neighbour);
        previous.set(neighbour, { node, edge: (best.get(neighbour) as { edge: string }).edge });
        next.push(neighbour);
      }
    }
    frontier = next;
  }
  if (!visited.has(to)) return undefined;

  const steps: GroundedRelation[] = [];
  for (let node = to; node !== from; ) {
    const step = previous.get(node);
    if (step === undefined) return undefined;
    const attributes = graph.getEdgeAttributes(step.edge);
    steps.unshift({
      source: graph.source(step.edge),
      target: graph.target(step.edge),
      type: attributes.type,
      evidence: [...new Set(attributes.evidence.map((id) => passageInLanguage(kb, id, language)))],
    });
    node = step.node;
  }
  return steps;
}
