import type { KnowledgeBase } from '@notetutor/graph';
import type { GroundedRelation } from '../types';
import { edgeEvidence } from './edge-evidence';
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
      for (const link of linksOf(kb, node)) {
        if (visited.has(link.neighbour)) continue;
        visited.add(link.neighbour);
        previous.set(link.neighbour, link);
        next.push(link.neighbour);
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
      evidence: [...edgeEvidence(kb, step.edge, language)],
    });
    node = step.node;
  }
  return steps;
}

/** The step to a neighbour: the heaviest edge with evidence between `node` and `neighbour`. */
interface Link {
  node: string;
  neighbour: string;
  edge: string;
}

const linkCache = new WeakMap<KnowledgeBase, Map<string, Link[]>>();

/**
 * A concept's neighbours through edges with evidence, in id order, each by its heaviest such edge; computed
 * once per concept and knowledge base (a breadth-first search then allocates only its frontier).
 */
function linksOf(kb: KnowledgeBase, node: string): readonly Link[] {
  let byNode = linkCache.get(kb);
  if (byNode === undefined) {
    byNode = new Map();
    linkCache.set(kb, byNode);
  }
  const known = byNode.get(node);
  if (known !== undefined) return known;
  const best = new Map<string, { edge: string; weight: number }>();
  kb.graph.forEachEdge(node, (edge, attributes, source, target) => {
    const neighbour = source === node ? target : source;
    if (neighbour === node || attributes.evidence.length === 0) return;
    const current = best.get(neighbour);
    if (current === undefined || attributes.weight > current.weight) {
      best.set(neighbour, { edge, weight: attributes.weight });
    }
  });
  const links = [...best.keys()]
    .sort()
    .map((neighbour) => ({ node, neighbour, edge: (best.get(neighbour) as { edge: string }).edge }));
  byNode.set(node, links);
  return links;
}
