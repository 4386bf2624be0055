import type { RelationType } from '@notetutor/contracts';

/**
 * Which end of a typed relation `source -type-> target` is learnt first: `target` when the source is built
 * from, runs on or is understood through the target; `source` when the target comes out of the source;
 * `null` when the relation orders nothing. See the package README for the reasons.
 */
export const PREREQUISITE_END: Record<RelationType, 'source' | 'target' | null> = {
  // A uses / requires / is based on / is implemented by / is plugged into B: A is explained in terms of B.
  uses: 'target',
  requires: 'target',
  'based-on': 'target',
  'implemented-by': 'target',
  'connects-to': 'target',
  // A is part of B: the whole is understood through its parts.
  'part-of': 'source',
  // A provides / limits / keeps B: B is what A gives, acts on or holds; meet B once you know A, except
  // `limits`, whose object (CPU, memory) must be known to see what is limited.
  provides: 'source',
  limits: 'target',
  'stored-in': 'source',
  // History: what was replaced comes first.
  'replaced-by': 'source',
  // No order.
  'contrasts-with': null,
  'related-to': null,
};
