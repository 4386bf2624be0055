import type { RelationType } from '@notetutor/contracts';
import type { RelationEdgeAttributes, RelationSource, Vocabulary } from '../types';
import { DEFAULT_RELATION_LABELS } from '../vocabulary/relation-labels';
import type { RelationCandidate } from './relation-candidate';

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
  /**
   * Passages (as `RelationAggregator` passage codes) in arrival order (reading order, nearly always) and the
   * strongest statement in each.
   */
  evidence: number[];
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
 * earliest statement. `related-to` is dropped between two concepts a typed relation already links, and a weak
 * one (a single co-occurrence) where other links already connect its ends (`keepTellingRelatedTo`).
 *
 * @example
 * const relations = new RelationAggregator({ passageOrder, originalOf, relationLabels: {} });
 * relations.push(candidate); // as many as the extractors find
 * relations.relations((id) => graph.hasNode(id)); // sorted by key
 */
export class RelationAggregator {
  /** Source index → (target index × 32 + type index) → group: numbers, so no key string per statement. */
  private readonly groups = new Map<number, Map<number, Group>>();
  private readonly conceptIndex = new Map<string, number>();
  private readonly typeIndex = new Map<string, number>();
  /** Passage id → code (its index in `passageIds`), so evidence is kept as numbers. */
  private readonly passageCode = new Map<string, number>();
  private readonly passageIds: string[] = [];
  /** The codes of the last evidence list seen (one list is shared by all the statements of a passage). */
  private lastEvidence: readonly string[] | undefined;
  private lastFirst = '';
  private lastCodes: number[] = [];
  private lastFirstOrder = 0;

  constructor(private readonly options: AggregatorOptions) {}

  /** Adds one statement of a relation (named `push` so extractors can write to an array or to this). */
  push(candidate: RelationCandidate): void {
    if (candidate.source === candidate.target) return;
    let source = candidate.source;
    let target = candidate.target;
    if (SYMMETRIC.has(candidate.type) && target < source) {
      source = candidate.target;
      target = candidate.source;
    }
    const sourceIndex = intern(this.conceptIndex, source);
    let bySource = this.groups.get(sourceIndex);
    if (!bySource) {
      bySource = new Map();
      this.groups.set(sourceIndex, bySource);
    }
    const key = intern(this.conceptIndex, target) * 32 + intern(this.typeIndex, candidate.type);
    const codes = this.codesOf(candidate.evidence);
    const firstOrder = this.lastFirstOrder;
    let group = bySource.get(key);
    if (!group) {
      group = {
        source,
        target,
        type: candidate.type,
        evidence: [],
        strengths: [],
        best: candidate,
        bestOrder: firstOrder,
      };
      bySource.set(key, group);
    } else {
      const verdict = compareStatements(candidate, group.best);
      if (verdict > 0 || (verdict === 0 && firstOrder < group.bestOrder)) {
        group.best = candidate;
        group.bestOrder = firstOrder;
      }
    }
    for (const code of codes) {
      // Statements arrive in reading order, so a repeat is nearly always the last passage seen.
      const last = group.evidence.length - 1;
      if (group.evidence[last] === code) {
        if (candidate.strength > (group.strengths[last] as number))
          group.strengths[last] = candidate.strength;
      } else {
        group.evidence.push(code);
        group.strengths.push(candidate.strength);
      }
    }
  }

  /** The merged relations between concepts that pass `isConcept`, sorted by key. */
  relations(isConcept: (id: string) => boolean): AggregatedRelation[] {
    const kept: Group[] = [];
    for (const bySource of this.groups.values()) {
      for (const group of bySource.values()) {
        if (isConcept(group.source) && isConcept(group.target)) kept.push(group);
      }
    }
    const typedPairs = new Set<string>();
    for (const group of kept) {
      if (group.type !== 'related-to') typedPairs.add(pairKey(group.source, group.target));
    }
    const ids = this.passageIds;
    // Originals get codes too (the list grows while it is read; they need no order, only a code).
    const originals: number[] = [];
    for (let code = 0, count = ids.length; code < count; code++) {
      const original = this.options.originalOf.get(ids[code] as string);
      originals.push(original === undefined ? code : intern(this.passageCode, original, ids));
    }
    const orders = ids.map((id) => this.order(id));
    const byReadingOrder = (a: number, b: number) =>
      (orders[a] as number) - (orders[b] as number) || cmp(ids[a] as string, ids[b] as string);
    const relations: AggregatedRelation[] = [];
    for (const group of kept) {
      if (group.type === 'related-to' && typedPairs.has(pairKey(group.source, group.target))) continue;
      const codes = [...new Set(group.evidence)];
      if (!isSorted(codes, byReadingOrder)) codes.sort(byReadingOrder);
      // A translation repeats its original: per original passage, only the strongest statement counts.
      const perOriginal = new Map<number, number>();
      group.evidence.forEach((code, i) => {
        const original = originals[code] as number;
        const strength = group.strengths[i] as number;
        if ((perOriginal.get(original) ?? -1) < strength) perOriginal.set(original, strength);
      });
      let weight = 0;
      for (const value of [...perOriginal.values()].sort((a, b) => a - b)) weight += value;
      const labels = this.options.relationLabels[group.type] ?? DEFAULT_RELATION_LABELS[group.type];
      relations.push({
        key: `${group.source}->${group.type}->${group.target}`,
        source: group.source,
        target: group.target,
        attributes: {
          type: group.type,
          label: group.best.labelEn || labels.en,
          labelZh: group.best.labelZh || labels.zh,
          evidence: codes.map((code) => ids[code] as string),
          weight: Math.round(weight * 1000) / 1000,
          confidence: Math.min(1, Math.round(group.best.strength * 100) / 100),
          source: group.best.via,
        },
      });
    }
    return keepTellingRelatedTo(relations).sort((a, b) => cmp(a.key, b.key));
  }

  private order(id: string): number {
    return this.options.passageOrder.get(id) ?? Number.MAX_SAFE_INTEGER;
  }

  /** The codes of an evidence list, and (in `lastFirstOrder`) the reading order of its first passage. */
  private codesOf(evidence: readonly string[]): number[] {
    const first = evidence[0] ?? '';
    if (
      evidence !== this.lastEvidence ||
      first !== this.lastFirst ||
      evidence.length !== this.lastCodes.length
    ) {
      this.lastEvidence = evidence;
      this.lastFirst = first;
      this.lastCodes = evidence.map((id) => intern(this.passageCode, id, this.passageIds));
      this.lastFirstOrder = this.order(first);
    }
    return this.lastCodes;
  }
}

/** A `related-to` seen this strongly (two co-occurrences in the notes) tells something; one alone does not. */
const TELLING_RELATED_TO = 0.5;

/**
 * The relations without the `related-to` edges that teach nothing: a mere co-occurrence (once) between
 * concepts that other links already connect. A weak link stays where it is the only connection the notes give
 * between two parts of the graph (strongest first, then by key), so paths and neighbourhoods still reach
 * every concept the notes relate.
 */
function keepTellingRelatedTo(relations: AggregatedRelation[]): AggregatedRelation[] {
  const parent = new Map<string, string>();
  const root = (x: string): string => {
    let r = x;
    while (parent.has(r) && parent.get(r) !== r) r = parent.get(r) as string;
    parent.set(x, r);
    return r;
  };
  const join = (a: string, b: string): boolean => {
    const ra = root(a);
    const rb = root(b);
    if (ra === rb) return false;
    const [low, high] = ra < rb ? [ra, rb] : [rb, ra];
    parent.set(high, low);
    return true;
  };
  const weak: AggregatedRelation[] = [];
  for (const r of relations) {
    if (r.attributes.type === 'related-to' && r.attributes.weight < TELLING_RELATED_TO) weak.push(r);
    else join(r.source, r.target);
  }
  weak.sort((a, b) => b.attributes.weight - a.attributes.weight || cmp(a.key, b.key));
  const dropped = new Set<AggregatedRelation>();
  for (const r of weak) if (!join(r.source, r.target)) dropped.add(r);
  return dropped.size === 0 ? relations : relations.filter((r) => !dropped.has(r));
}

function intern(index: Map<string, number>, value: string, values?: string[]): number {
  let n = index.get(value);
  if (n === undefined) {
    n = index.size;
    index.set(value, n);
    values?.push(value);
  }
  return n;
}

function isSorted(codes: readonly number[], compare: (a: number, b: number) => number): boolean {
  for (let i = 1; i < codes.length; i++)
    if (compare(codes[i - 1] as number, codes[i] as number) > 0) return false;
  return true;
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
