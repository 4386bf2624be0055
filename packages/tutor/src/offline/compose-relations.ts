import { SPECIFIC_CONCEPT } from '../grounding/decide-coverage';
import { prepareIndex } from '../grounding/prepare-index';
import type { GroundedRelation } from '../types';
import type { AnswerContext } from './answer-context';
import { type RelationEvidence, relationEvidence } from './relation-evidence';
import { relationSentence } from './relation-sentence';

/** Relations explained at most… */
const MAX_RELATIONS_CITED = 6;
/** …in at most this many lines (relations of one type sharing an end are one line). */
const MAX_RELATION_LINES = 4;

/**
 * The "how these concepts relate" section: relations between the question's concepts, or from a specific one
 * to another specific concept stated in a passage the answer quotes (`first` before the grounding's own),
 * each phrased from its type and cited; leaving out what `alreadyShown` showed, what the answer's quotes
 * already say, a second relation between the same two concepts and a second point drawn from one sentence.
 * Undefined when nothing is left to say.
 */
export function composeRelations(
  context: AnswerContext,
  alreadyShown: readonly GroundedRelation[],
  first: readonly GroundedRelation[],
): { text: string; concepts: string[] } | undefined {
  const { language, grounding } = context;
  const shown = new Set(alreadyShown.map(relationKey));
  const index = prepareIndex(context.kb);
  const named = new Set(grounding.concepts.filter((c) => c.matched !== 'history').map((c) => c.id));
  const specific = (id: string) => index.specificity(id) >= SPECIFIC_CONCEPT && !index.isHub(id);
  // Only passages the answer already quotes: a relation must explain what the answer is about.
  const quoted = (id: string) => context.registry.numberOf(id) !== undefined;
  const pairs = new Set<string>();
  const cited: { relation: GroundedRelation; n: number; span: string }[] = [];
  for (const relation of [...first, ...grounding.relations]) {
    if (cited.length >= MAX_RELATIONS_CITED) break;
    if (relation.type === 'related-to' || shown.has(relationKey(relation))) continue;
    // One relation per pair of concepts: "images are based on image layers" and "images require image
    // layers" say the same thing twice.
    const pair = pairKey(relation);
    if (pairs.has(pair)) continue;
    // A relation between two of the question's concepts always helps. One leading elsewhere only when it
    // starts from a specific concept of the question, leads to a specific one (not a hub such as `Docker`
    // in Docker notes: "Docker uses the bridge" teaches nothing) and the notes state it in a passage the answer quotes.
    const between = named.has(relation.source) && named.has(relation.target);
    const fromSpecific =
      (named.has(relation.source) && specific(relation.source) && specific(relation.target)) ||
      (named.has(relation.target) && specific(relation.target) && specific(relation.source));
    if (!between && !(fromSpecific && relation.evidence.some(quoted))) continue;
    const evidence = relationEvidence(context, relation);
    // A relation the answer's quotes already state would say it twice.
    if (evidence === undefined || alreadySaid(context, relation, evidence)) continue;
    // One sentence, one point: a second relation drawn from the same sentence only joins when it can share
    // the line (same type and end: "Cgroups limit CPU and memory").
    const span = `${evidence.passage.id}:${evidence.start}`;
    const sameSpan = cited.filter((c) => c.span === span);
    if (sameSpan.length > 0 && !sameSpan.some((c) => groupable(c.relation, relation))) continue;
    const n = context.registry.cite(evidence.passage, evidence.start, evidence.end);
    shown.add(relationKey(relation));
    pairs.add(pair);
    cited.push({ relation, n, span });
  }
  if (cited.length === 0) return undefined;

  // "A, B and C are part of X" reads better than three lines saying so one by one.
  const groups = new Map<string, { type: string; sources: string[]; targets: string[]; marks: number[] }>();
  for (const { relation, n } of cited) {
    const byTarget = `t\u0000${relation.type}\u0000${relation.target}`;
    const bySource = `s\u0000${relation.type}\u0000${relation.source}`;
    const sameTarget = cited.filter(
      (c) => c.relation.type === relation.type && c.relation.target === relation.target,
    );
    const key = sameTarget.length > 1 ? byTarget : bySource;
    const group = groups.get(key) ?? { type: relation.type, sources: [], targets: [], marks: [] };
    if (!group.sources.includes(relation.source)) group.sources.push(relation.source);
    if (!group.targets.includes(relation.target)) group.targets.push(relation.target);
    if (!group.marks.includes(n)) group.marks.push(n);
    groups.set(key, group);
  }
  const lines = [...groups.values()]
    .slice(0, MAX_RELATION_LINES)
    .map((g) => `- ${relationSentence(context, g.type, g.sources, g.targets, g.marks)}`);
  const heading = language === 'zh' ? '**这些概念之间的关系**' : '**How these concepts relate**';
  return {
    text: `${heading}\n${lines.join('\n')}`,
    concepts: cited.flatMap(({ relation }) => [relation.source, relation.target]),
  };
}

/**
 * Whether the answer already quotes the relation: a statement it quotes from the evidence passage names both
 * ends ("Docker是LXC的二次封装版" already says Docker is based on LXC).
 */
function alreadySaid(
  context: AnswerContext,
  relation: GroundedRelation,
  { passage }: RelationEvidence,
): boolean {
  return (context.said.get(passage.id) ?? []).some(
    ([start, end]) =>
      context.names(passage, start, end, relation.source) &&
      context.names(passage, start, end, relation.target),
  );
}

/** Whether two relations can be said in one line: same type, and the same source or the same target. */
function groupable(a: GroundedRelation, b: GroundedRelation): boolean {
  return a.type === b.type && (a.source === b.source || a.target === b.target);
}

/** The unordered pair of concepts a relation connects. */
function pairKey(relation: GroundedRelation): string {
  return relation.source < relation.target
    ? `${relation.source}\u0000${relation.target}`
    : `${relation.target}\u0000${relation.source}`;
}

function relationKey(relation: GroundedRelation): string {
  return `${relation.source}\u0000${relation.type}\u0000${relation.target}`;
}
