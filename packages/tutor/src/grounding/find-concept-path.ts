import { type KnowledgeBase, shortestConceptPath } from '@notetutor/graph';
import type { GroundedRelation } from '../types';
import { edgeEvidence } from './edge-evidence';
import type { AnswerLanguage } from './passage-index';

/** Longest path (in relations) worth explaining to a learner. */
export const MAX_PATH_LENGTH = 4;

/**
 * The chain of relations between two concepts that the graph browser and `/api/path` show too
 * (`shortestConceptPath` in `@notetutor/graph`, walking relations either way: a learner asking how A leads
 * to B wants `A → X ← B` too), with each relation's evidence in the answer's language. Returns `undefined`
 * when the concepts are the same, unknown, or not connected within {@link MAX_PATH_LENGTH} relations.
 *
 * @example
 * findConceptPath(kb, 'bridge', 'iptables', 'zh');
 * // [{ source: 'bridge', target: 'dnat', type: 'requires', … }, { source: 'dnat', target: 'iptables', … }]
 */
export function findConceptPath(
  kb: KnowledgeBase,
  from: string,
  to: string,
  language: AnswerLanguage,
): GroundedRelation[] | undefined {
  if (from === to) return undefined;
  const steps = shortestConceptPath(kb.graph, from, to, { maxSteps: MAX_PATH_LENGTH });
  if (steps === null) return undefined;
  return steps.map((step) => {
    const forward = step.direction === 'forward';
    return {
      source: forward ? step.from : step.to,
      target: forward ? step.to : step.from,
      type: step.relation,
      evidence: [...edgeEvidence(kb, step.edge, language)],
    };
  });
}
