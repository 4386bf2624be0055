import type {
  ConceptDetail,
  ConceptKind,
  Neighbour,
  PassageView,
  PathResult,
  RelationType,
} from '@notetutor/contracts';
import { arrayOf, isRecord, numberField, stringField } from './shape';
import { toConceptRef, toLanguage, toSource } from './to-answer-parts';

const strings = (value: unknown) => arrayOf(value, (s) => (typeof s === 'string' ? s : undefined));

/** A passage of the notes from untrusted JSON, or `undefined`. */
export function toPassage(value: unknown): PassageView | undefined {
  if (!isRecord(value)) return undefined;
  const id = stringField(value, 'id');
  const text = stringField(value, 'text');
  const source = toSource(value.source);
  if (!id || text === undefined || !source) return undefined;
  const passage: PassageView = {
    id,
    text,
    lang: toLanguage(value.lang) ?? 'zh',
    source,
    headingPath: strings(value.headingPath),
  };
  const originalId = stringField(value, 'originalId');
  if (originalId) passage.originalId = originalId;
  return passage;
}

function toNeighbour(value: unknown): Neighbour | undefined {
  if (!isRecord(value)) return undefined;
  const ref = toConceptRef(value.concept);
  const relation = stringField(value, 'relation');
  if (!ref || !relation || !isRecord(value.concept)) return undefined;
  return {
    concept: { ...ref, kind: (stringField(value.concept, 'kind') ?? 'concept') as ConceptKind },
    relation: relation as RelationType,
    direction: value.direction === 'in' ? 'in' : 'out',
    evidence: strings(value.evidence),
  };
}

/**
 * A `ConceptDetail` from untrusted JSON (`GET /api/concepts/:id`), or `undefined` without an id. Kinds and
 * relation types are kept as sent: the page shows an unknown one by its name rather than dropping it.
 */
export function toConceptDetail(value: unknown): ConceptDetail | undefined {
  const ref = toConceptRef(value);
  if (!ref || !isRecord(value)) return undefined;
  return {
    ...ref,
    labelZh: stringField(value, 'labelZh') ?? ref.label,
    labelEn: stringField(value, 'labelEn') ?? ref.label,
    kind: (stringField(value, 'kind') ?? 'concept') as ConceptKind,
    aliases: strings(value.aliases),
    mentions: Math.max(0, numberField(value, 'mentions') ?? 0),
    definition: toPassage(value.definition) ?? null,
    evidence: arrayOf(value.evidence, toPassage),
    neighbours: uniqueNeighbours(arrayOf(value.neighbours, toNeighbour)),
  };
}

/** One entry per (concept, relation, direction), evidence merged: the page lists each relation once. */
function uniqueNeighbours(neighbours: Neighbour[]): Neighbour[] {
  const byKey = new Map<string, Neighbour>();
  for (const n of neighbours) {
    const key = neighbourKey(n);
    const seen = byKey.get(key);
    if (seen) seen.evidence = [...new Set([...seen.evidence, ...n.evidence])];
    else byKey.set(key, { ...n, evidence: [...n.evidence] });
  }
  return [...byKey.values()];
}

/** A neighbour's identity within one concept's neighbour list. */
export function neighbourKey(n: Neighbour): string {
  return `${n.direction}:${n.relation}:${n.concept.id}`;
}

/** A `PathResult` from untrusted JSON (`GET /api/path`), or `undefined`. */
export function toPathResult(value: unknown): PathResult | undefined {
  if (!isRecord(value)) return undefined;
  const from = toConceptRef(value.from);
  const to = toConceptRef(value.to);
  if (!from || !to) return undefined;
  const steps = arrayOf(value.steps, (raw): PathResult['steps'][number] | undefined => {
    if (!isRecord(raw)) return undefined;
    const a = toConceptRef(raw.from);
    const b = toConceptRef(raw.to);
    const relation = stringField(raw, 'relation');
    if (!a || !b || !relation) return undefined;
    return {
      from: a,
      to: b,
      relation: relation as RelationType,
      direction: raw.direction === 'backward' ? 'backward' : 'forward',
      evidence: arrayOf(raw.evidence, toPassage),
    };
  });
  return { from, to, found: value.found === true && steps.length > 0, steps };
}
