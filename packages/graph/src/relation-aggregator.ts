import type { RelationType } from '@notetutor/contracts';
import type { RelationCandidate } from './relation-candidate';
import { DEFAULT_RELATION_LABELS } from './relation-labels';
import type { RelationEdgeAttributes, RelationSource, Vocabulary } from './types';

/** A merged relation, ready to become an edge. */
export interface AggregatedRelation {
  key: string;
  source: string;
  target: string;
  attributes: RelationEdgeAttributes;
}

/** Relations that read the same both ways: stored once, from the smaller id to the larger. */
const SYMMETRIC: ReadonlySet<RelationType> = new Set(['contrasts-with', 'related-to']);
const SOURCE_RANK: Record<RelationSource, number> = {
  cue: 0,
  classifier: 1,
  question: 2,
  structure: 3,
  'co-occurrence': 4,
};

interface Group {
  source: string;
  target: string;
  type: RelationType;
  /** Passages in arrival order (reading order, nearly always) and the strongest statement in each. */
  evidence: string[];
  strengths: number[];
  best: RelationCandidate;
  bestOrder: number;
}

/** Options of a `RelationAggregator`. */
export interface AggregatorOptions {
  passageOrder: ReadonlyMap<string, number>;
  originalOf: ReadonlyMap<string, string>;
  relationLabels: Vocabulary['relationLabels'];
}

/**
 * Merges the statements of each relation, as they are found, into one edge per (source, type, target):
 * evidence is the union of passages in reading order; weight sums, over the original passages (a translation
 * counts with its original, not again), the strongest statement in each; the label comes from the strongest,
 * earliest statement. `related-to` is dropped between two concepts a typed relation already links.
 *
 * @example
 * const relations = new RelationAggregator({ passageOrder, originalOf, relationLabels: {} });
 * relations.push(candidate); // as many as the extractors find
 * relations.relations((id) => graph.hasNode(id)); // sorted by key
 */
export class RelationAggregator {
  private readonly groups = new Map<string, Group>();

  constructor(private readonly options: AggregatorOptions) {}

  /** Adds one statement of a relation (named `push` so extractors can write to an array or to this). */
  push(candidate: RelationCandidate): void {
    if (candidate.source === candidate.target) return;
    let { source, target } = candidate;
    if (SYMMETRIC.has(candidate.type) && target < source) [source, target] = [target, source];
    const key = `${source}->${candidate.type}->${target}`;
    let group = this.groups.get(key);
    if (!group) {
      group = {
        source,
        target,
        type: candidate.type,
        evidence: [],
        strengths: [],
        best: candidate,
        bestOrder: this.order(candidate.evidence[0] ?? ''),
      };
      this.groups.set(key, group);
    } else {
      const verdict = compareStatements(candidate, group.best);
      if (verdict > 0 || (verdict === 0 && this.order(candidate.evidence[0] ?? '') < group.bestOrder)) {
        group.best = candidate;
        group.bestOrder = this.order(candidate.evidence[0] ?? '');
      }
    }
    for (const passage of candidate.evidence) {
      // Statements arrive in reading order, so a repeat is nearly always the last passage seen.
      const last = group.evidence.length - 1;
      if (group.evidence[last] === passage) {
        if (candidate.strength > (group.strengths[last] as number))
          group.strengths[last] = candidate.strength;
      } else {
        group.evidence.push(passage);
        group.strengths.push(candidate.strength);
      }
    }
  }

  /** The merged relations between concepts that pass `isConcept`, sorted by key. */
  relations(isConcept: (id: string) => boolean): AggregatedRelation[] {
    const kept = [...this.groups].filter(([, g]) => isConcept(g.source) && isConcept(g.target));
    const typedPairs = new Set<string>();
    for (const [, group] of kept) {
      if (group.type !== 'related-to') typedPairs.add(pairKey(group.source, group.target));
    }
    const relations: AggregatedRelation[] = [];
    for (const [key, group] of kept) {
      if (group.type === 'related-to' && typedPairs.has(pairKey(group.source, group.target))) continue;
      const evidence = [...new Set(group.evidence)].sort(
        (a, b) => this.order(a) - this.order(b) || cmp(a, b),
      );
      // A translation repeats its original: per original passage, only the strongest statement counts.
      const perOriginal = new Map<string, number>();
      group.evidence.forEach((passage, i) => {
        const original = this.options.originalOf.get(passage) ?? passage;
        const strength = group.strengths[i] as number;
        if ((perOriginal.get(original) ?? -1) < strength) perOriginal.set(original, strength);
      });
      let weight = 0;
      for (const value of [...perOriginal.values()].sort((a, b) => a - b)) weight += value;
      const labels = this.options.relationLabels[group.type] ?? DEFAULT_RELATION_LABELS[group.type];
      relations.push({
        key,
        source: group.source,
        target: group.target,
        attributes: {
          type: group.type,
          label: group.best.labelEn || labels.en,
          labelZh: group.best.labelZh || labels.zh,
          evidence,
          weight: Math.round(weight * 1000) / 1000,
          source: group.best.via,
        },
      });
    }
    return relations.sort((a, b) => cmp(a.key, b.key));
  }

  private order(id: string): number {
    return this.options.passageOrder.get(id) ?? Number.MAX_SAFE_INTEGER;
  }
}

/**
 * Which of two statements of a relation gives it its label: the stronger, then the one found by a more direct
 * rule, then a labelled one (> 0: `a`, < 0: `b`, 0: a tie, settled by reading order).
 */
function compareStatements(a: RelationCandidate, b: RelationCandidate): number {
  if (a.strength !== b.strength) return a.strength > b.strength ? 1 : -1;
  if (a.via !== b.via) return SOURCE_RANK[a.via] < SOURCE_RANK[b.via] ? 1 : -1;
  if ((a.labelEn !== '') !== (b.labelEn !== '')) return a.labelEn !== '' ? 1 : -1;
  return 0;
}

function pairKey(a: string, b: string): string {
  return a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`;
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
