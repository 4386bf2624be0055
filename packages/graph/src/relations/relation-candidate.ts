import type { RelationType } from '@notetutor/contracts';
import type { RelationSource } from '../types';

/** One statement of a relation found in one passage (or a heading and its section), before merging. */
export interface RelationCandidate {
  source: string;
  target: string;
  type: RelationType;
  labelZh: string;
  labelEn: string;
  /** Passage ids that carry the statement. */
  evidence: readonly string[];
  /** How directly the text states it: 1 for a cue, down to 0.2 for a heading over a bullet. */
  strength: number;
  via: RelationSource;
}

/**
 * A mere co-occurrence of two concepts (`related-to`, no label): what a passage says when no cue types the
 * relation.
 *
 * @example
 * coOccurrence('bridge', 'docker0', ['docker-concepts.zh#5.1'], 0.5).type; // 'related-to'
 */
export function coOccurrence(
  source: string,
  target: string,
  evidence: readonly string[],
  strength: number,
): RelationCandidate {
  return {
    source,
    target,
    type: 'related-to',
    labelZh: '',
    labelEn: '',
    evidence,
    strength,
    via: 'co-occurrence',
  };
}
