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
