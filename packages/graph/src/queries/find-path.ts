import type { PassageView, PathResult } from '@notetutor/contracts';
import type { KnowledgeBase } from '../types';
import { toPassageView } from './passage-view';
import { shortestConceptPath } from './shortest-concept-path';

/**
 * The shortest chain of relations between two concepts with the passages along it (contracts `PathResult`),
 * for "how does bridge networking end up in iptables?". `found` is false when either concept is unknown or
 * nothing connects them.
 *
 * @example
 * const path = findPath(kb, 'bridge', 'iptables');
 * path.steps.map((s) => s.relation); // ['requires', 'implemented-by']
 */
export function findPath(kb: KnowledgeBase, from: string, to: string): PathResult {
  const ref = (id: string) => ({
    id,
    label: kb.graph.hasNode(id) ? kb.graph.getNodeAttribute(id, 'label') : id,
  });
  const steps = shortestConceptPath(kb.graph, from, to);
  return {
    from: ref(from),
    to: ref(to),
    found: steps !== null,
    steps: (steps ?? []).map((step) => ({
      from: ref(step.from),
      to: ref(step.to),
      relation: step.relation,
      direction: step.direction,
      evidence: step.evidence
        .map((id) => toPassageView(kb, id))
        .filter((p): p is PassageView => p !== undefined),
    })),
  };
}
