import type { ConceptDetail, Neighbour, PassageView, RelationType } from '@notetutor/contracts';
import type { Lang } from '@notetutor/notes';
import type { KnowledgeBase } from '../types';
import { toPassageView } from './passage-view';

/** Options of `describeConcept`. */
export interface DescribeOptions {
  /** Show passages in this language where a translation exists (the original otherwise). */
  lang?: Lang;
  /** Most evidence passages to list. Default 20. */
  maxEvidence?: number;
}

const RELATION_ORDER: RelationType[] = [
  'part-of',
  'implemented-by',
  'based-on',
  'provides',
  'uses',
  'requires',
  'limits',
  'connects-to',
  'stored-in',
  'replaced-by',
  'contrasts-with',
  'related-to',
];

/**
 * Everything the graph knows about one concept (contracts `ConceptDetail`): labels, aliases, kind, mention
 * count, its defining passage, the passages that mention it and its relations, typed ones first, then by
 * weight. Passages come in the requested language when the notes have a translation. Undefined for an
 * unknown id.
 *
 * @example
 * describeConcept(kb, 'cgroups', { lang: 'en' })?.neighbours.map((n) => `${n.relation} ${n.concept.id}`);
 * // ['limits cpu', 'limits memory', ...]
 */
export function describeConcept(
  kb: KnowledgeBase,
  id: string,
  options: DescribeOptions = {},
): ConceptDetail | undefined {
  const graph = kb.graph;
  if (!graph.hasNode(id)) return undefined;
  const node = graph.getNodeAttributes(id);
  const inLang = (passageId: string): PassageView | undefined => {
    if (options.lang) {
      const original = kb.originalOf.get(passageId) ?? passageId;
      const candidates = [original, ...(kb.translationsOf.get(original) ?? [])];
      const preferred = candidates.find((p) => kb.passages.get(p)?.lang === options.lang);
      if (preferred) return toPassageView(kb, preferred);
    }
    return toPassageView(kb, passageId);
  };
  const evidenceIds: string[] = [];
  const seen = new Set<string>();
  for (const passageId of node.evidence) {
    const shown = options.lang ? (inLang(passageId)?.id ?? passageId) : passageId;
    if (seen.has(shown)) continue;
    seen.add(shown);
    evidenceIds.push(shown);
  }
  const neighbours: Array<Neighbour & { weight: number }> = [];
  graph.forEachEdge(id, (_edge, attributes, source, target) => {
    const otherId = source === id ? target : source;
    const other = graph.getNodeAttributes(otherId);
    neighbours.push({
      concept: { id: otherId, label: other.label, kind: other.kind },
      relation: attributes.type,
      direction: source === id ? 'out' : 'in',
      evidence: [...attributes.evidence],
      weight: attributes.weight,
    });
  });
  neighbours.sort(
    (a, b) =>
      RELATION_ORDER.indexOf(a.relation) - RELATION_ORDER.indexOf(b.relation) ||
      b.weight - a.weight ||
      (a.concept.id < b.concept.id ? -1 : a.concept.id > b.concept.id ? 1 : 0),
  );
  return {
    id,
    label: node.label,
    labelZh: node.labelZh,
    labelEn: node.labelEn,
    kind: node.kind,
    aliases: [...node.aliases],
    mentions: node.mentions,
    definition: node.definition ? (inLang(node.definition) ?? null) : null,
    evidence: evidenceIds
      .slice(0, options.maxEvidence ?? 20)
      .map((p) => toPassageView(kb, p))
      .filter((p): p is PassageView => p !== undefined),
    neighbours: neighbours.map(({ weight: _weight, ...neighbour }) => neighbour),
  };
}
