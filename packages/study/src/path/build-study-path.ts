import type { Citation, RelationType, StudyPath, StudyPathStep } from '@notetutor/contracts';
import { type KnowledgeBase, mostCentralConcepts } from '@notetutor/graph';
import type { Lang } from '@notetutor/notes';
import { conceptName } from '../cards/concept-names';
import { passageInLanguage } from '../cards/passage-in-language';
import { isJunkConcept } from '../quiz/is-junk-concept';
import { quizCitation } from '../quiz/quiz-citation';
import { relationStatement } from '../quiz/relation-statement';
import { PREREQUISITE_END } from './prerequisite-of';

export interface StudyPathOptions {
  /** The concept to reach; unset: a "start here" path through the notes' most central concepts. */
  target?: string;
  lang?: Lang;
  /** Mastery 0–1 per concept id, when the learner is known. */
  mastery?: ReadonlyMap<string, number>;
  /** Most concepts on the path (default 12). */
  limit?: number;
}

/** Mastery from which a concept counts as learnt: it goes after the unlearnt ones that are ready. */
export const MASTERED = 0.8;
const START_HERE = 8;
const MAX_EVIDENCE = 2;

interface Prerequisite {
  before: string;
  after: string;
  type: RelationType;
  label: string;
  labelZh: string;
  source: string;
  target: string;
  evidence: string[];
  weight: number;
}

/** Every prerequisite link the typed relations give, `before` to be learnt before `after`. */
function prerequisites(kb: KnowledgeBase): Prerequisite[] {
  const links: Prerequisite[] = [];
  kb.graph.forEachEdge((_key, a, source, target) => {
    const end = PREREQUISITE_END[a.type];
    if (!end || source === target) return;
    const [before, after] = end === 'target' ? [target, source] : [source, target];
    links.push({
      before,
      after,
      type: a.type,
      label: a.label,
      labelZh: a.labelZh,
      source,
      target,
      evidence: a.evidence,
      weight: a.weight,
    });
  });
  return links.sort((x, y) => (x.before + x.after + x.type < y.before + y.after + y.type ? -1 : 1));
}

function ref(kb: KnowledgeBase, id: string, lang: Lang) {
  return { id, label: conceptName(kb, id, lang) };
}

function statement(kb: KnowledgeBase, link: Prerequisite, lang: Lang): string {
  const s = conceptName(kb, link.source, lang);
  const t = conceptName(kb, link.target, lang);
  return relationStatement(s, link.label, link.labelZh, t, lang);
}

function citations(kb: KnowledgeBase, link: Prerequisite, lang: Lang): Citation[] {
  const out: Citation[] = [];
  const seen = new Set<string>();
  for (const id of link.evidence) {
    const passage = passageInLanguage(kb, id, lang) ?? kb.passages.get(id);
    if (!passage || seen.has(passage.id)) continue;
    seen.add(passage.id);
    out.push(quizCitation(kb, passage, passage.text));
    if (out.length >= MAX_EVIDENCE) break;
  }
  return out;
}

/**
 * A study path: the concepts to learn, prerequisites first. With a target, its prerequisites (nearest
 * first, up to `limit`) and the target last; without, the notes' most central concepts and their direct
 * prerequisites. Prerequisites come from typed relations ({@link PREREQUISITE_END}); a cycle is broken by
 * dropping the unmet links of the concept with the fewest (never the target, then the most central), so the same notes always give the same path. Among concepts ready to learn, unmastered ones come
 * first, then the more central.
 *
 * @example buildStudyPath(kb, { target: 'dnat' }).steps.map((s) => s.concept.id); // ['iptables', 'dnat']
 */
export function buildStudyPath(kb: KnowledgeBase, options: StudyPathOptions = {}): StudyPath {
  const lang = options.lang ?? 'en';
  const limit = Math.max(1, options.limit ?? 12);
  const links = prerequisites(kb);
  const into = new Map<string, Prerequisite[]>();
  for (const link of links) into.set(link.after, [...(into.get(link.after) ?? []), link]);
  const target = options.target && kb.graph.hasNode(options.target) ? options.target : undefined;

  // The concepts on the path and, for each, the link that brought it in (to the concept it prepares).
  const chosen = new Map<string, Prerequisite | null>();
  if (target) {
    chosen.set(target, null);
    const queue = [target];
    while (queue.length > 0 && chosen.size < limit) {
      const next = queue.shift() as string;
      for (const link of into.get(next) ?? []) {
        if (chosen.has(link.before) || chosen.size >= limit) continue;
        chosen.set(link.before, link);
        queue.push(link.before);
      }
    }
  } else {
    const central = mostCentralConcepts(kb.graph, START_HERE * 3)
      .map((c) => c.id)
      .filter((id) => !isJunkConcept(kb, id))
      .slice(0, START_HERE);
    for (const id of central) chosen.set(id, null);
    for (const id of central)
      for (const link of into.get(id) ?? []) {
        if (chosen.size >= limit) break;
        if (!chosen.has(link.before)) chosen.set(link.before, link);
      }
  }

  // Kahn's order over the links among the chosen concepts.
  const inside = links.filter((l) => chosen.has(l.before) && chosen.has(l.after));
  const pending = new Map<string, Prerequisite[]>();
  for (const id of chosen.keys()) pending.set(id, []);
  for (const link of inside) pending.get(link.after)?.push(link);
  const mastery = options.mastery;
  const masteredOf = (id: string) => (mastery?.get(id) ?? 0) >= MASTERED;
  const centrality = (id: string) => kb.graph.getNodeAttribute(id, 'centrality');
  const readyFirst = (a: string, b: string) =>
    Number(masteredOf(a)) - Number(masteredOf(b)) || centrality(b) - centrality(a) || (a < b ? -1 : 1);
  const order: string[] = [];
  const placed = new Set<string>();
  const broken: StudyPath['brokenCycles'] = [];
  while (placed.size < chosen.size) {
    const ready = [...pending.entries()]
      .filter(([id, waits]) => !placed.has(id) && waits.every((l) => placed.has(l.before)))
      .map(([id]) => id)
      .sort(readyFirst);
    let next = ready[0];
    if (!next) {
      // A cycle: take the concept with the fewest unmet links (never the target while another is left, then
      // the most central) and drop those links.
      const stuck = [...pending.entries()]
        .filter(([id]) => !placed.has(id))
        .map(([id, waits]) => ({ id, unmet: waits.filter((l) => !placed.has(l.before)) }))
        .sort(
          (a, b) =>
            Number(a.id === target) - Number(b.id === target) ||
            a.unmet.length - b.unmet.length ||
            readyFirst(a.id, b.id),
        );
      const pick = stuck[0];
      if (!pick) break;
      for (const link of pick.unmet) broken.push({ from: link.before, to: link.after, relation: link.type });
      next = pick.id;
    }
    placed.add(next);
    order.push(next);
  }
  const steps: StudyPathStep[] = order.map((id) => {
    const link = chosen.get(id) ?? null;
    return {
      concept: ref(kb, id, lang),
      mastery: mastery ? (mastery.get(id) ?? 0) : null,
      reason: link
        ? {
            prerequisiteOf: ref(kb, link.after, lang),
            relation: link.type,
            statement: statement(kb, link, lang),
            evidence: citations(kb, link, lang),
          }
        : null,
    };
  });
  return { target: target ? ref(kb, target, lang) : null, steps, brokenCycles: broken };
}
