import type { KnowledgeBase } from '@notetutor/graph';
import { backgroundZipf, COMMON_WORD_ZIPF } from '@notetutor/lexicon';
import { SPECIFIC_CONCEPT } from '../grounding/decide-coverage';
import { indexTable } from '../grounding/index-table';
import { prepareIndex } from '../grounding/prepare-index';
import type { Grounding } from '../types';
import { conceptPhrase } from './concept-phrase';
import { phraseQuestion, type SuggestedQuestion } from './phrase-question';

/** Follow-up questions an answer offers at most. */
export const MAX_FOLLOW_UPS = 3;
/** Concepts mentioned nearly everywhere (`docker`) make poor follow-ups. */
const MIN_SPECIFICITY = 0.15;

/**
 * Whether a concept makes a question worth suggesting: not one whose every name is an everyday word of its
 * language ("created", "大小", "连接") — "What is a created?" teaches nothing, whatever the graph made of the
 * word. A term of the notes has at least one name that is rare in everyday language ("镜像 image": 镜像).
 */
function worthAsking(kb: KnowledgeBase, id: string): boolean {
  const attributes = kb.graph.getNodeAttributes(id);
  // Each name on its own: a bilingual label (`硬件 hardware`) is two everyday words, not a rare one.
  const names = [attributes.labelZh, attributes.labelEn, ...(attributes.aliases ?? [])].filter(
    (n): n is string => typeof n === 'string' && n.trim() !== '',
  );
  return names.some((name) => !name.trim().split(/\s+/).every(isEverydayWord));
}

/** A word everyday language uses often, spoken or written (`hardware`, `硬件`; not `kernel`, `内核`). */
function isEverydayWord(word: string): boolean {
  return backgroundZipf(word.toLowerCase()) >= COMMON_WORD_ZIPF;
}

/**
 * Two or three questions that lead on from an answer, in its language: about the graph neighbours of the
 * question's concepts (closest by personalised PageRank first, then by relation weight; concepts the notes
 * mention nearly everywhere last) that the answer did not already cover. A neighbour related by
 * `contrasts-with` gets a difference question; one the notes relate to the anchor in a stated way
 * (`provides`, `limits`…) alternates between "how do A and N relate" and "what is N"; one that merely
 * co-occurs with it (`related-to`) gets "what is N", since "how are they related" has no answer in the notes.
 *
 * @example
 * suggestFollowUps(kb, grounding, new Set(['cgroups']));
 * // ['Cgroups和内核有什么关系？', '什么是系统资源？', …]
 */
export function suggestFollowUps(
  kb: KnowledgeBase,
  grounding: Grounding,
  mentioned: ReadonlySet<string>,
  anchorsWhenNone: readonly string[] = [],
): string[] {
  const index = prepareIndex(kb);
  const language = grounding.language;
  const ownAnchors = grounding.concepts.map((c) => c.id).filter((id) => kb.graph.hasNode(id));
  const anchors = (ownAnchors.length > 0 ? ownAnchors : anchorsWhenNone.filter((id) => kb.graph.hasNode(id)))
    .filter((id) => index.specificity(id) >= MIN_SPECIFICITY)
    .slice(0, 2);
  if (anchors.length === 0) return [];

  const taken = new Set([...mentioned, ...anchors]);
  const candidates: { id: string; anchor: string; inPassing: boolean }[] = [];
  let inPassing = false;
  const consider = (id: string, anchor: string) => {
    if (taken.has(id) || !kb.graph.hasNode(id) || index.specificity(id) < MIN_SPECIFICITY) return;
    if (!worthAsking(kb, id)) return;
    taken.add(id);
    candidates.push({ id, anchor, inPassing: inPassing && mentioned.has(id) });
  };
  const gather = () => {
    for (const related of grounding.related ?? []) {
      const anchor = anchors.find((a) => kb.graph.areNeighbors(a, related.id));
      if (anchor !== undefined) consider(related.id, anchor);
    }
    for (const anchor of anchors) for (const { id } of neighboursOf(kb, anchor)) consider(id, anchor);
  };
  gather();
  // When the answer already covered every neighbour, what it mentioned in passing is still worth asking about.
  if (candidates.length < 2) {
    for (const id of mentioned) if (!anchors.includes(id)) taken.delete(id);
    for (const id of candidates.map((c) => c.id)) taken.add(id);
    inPassing = true;
    gather();
  }
  // Specific concepts first; hubs only when nothing else is left: "什么是Docker？" under every answer about
  // Docker notes helps nobody.
  const specific = (id: string) => index.specificity(id) >= SPECIFIC_CONCEPT;
  candidates.sort((a, b) => Number(specific(b.id)) - Number(specific(a.id)));
  if (candidates.some((c) => !index.isHub(c.id))) {
    for (let i = candidates.length - 1; i >= 0; i--) {
      if (index.isHub((candidates[i] as { id: string }).id)) candidates.splice(i, 1);
    }
  }

  const questions: string[] = [];
  let relationAsked = false;
  for (const { id, anchor, inPassing: said } of candidates) {
    if (questions.length >= MAX_FOLLOW_UPS) break;
    const a = conceptPhrase(kb, anchor, language, 'indefinite');
    const b = conceptPhrase(kb, id, language, 'indefinite');
    const link = neighboursOf(kb, anchor).find((n) => n.id === id);
    let question: SuggestedQuestion;
    if (link?.contrasts) question = { kind: 'difference', a, b };
    // How the answer's own concepts relate is what it just said; what one of them is, it did not.
    else if (!said && !relationAsked && link?.stated) {
      question = { kind: 'relation', a, b };
      relationAsked = true;
    } else {
      question = { kind: 'what-is', concept: b };
      relationAsked = false;
    }
    const text = phraseQuestion(question, language);
    if (!questions.includes(text)) questions.push(text);
  }
  return questions;
}

/** A graph neighbour of a concept and how the notes relate the two. */
interface Neighbour {
  id: string;
  /** Weight of the heaviest edge between them. */
  weight: number;
  /** Some edge says how they relate (`provides`, `limits`…), not only that they occur together. */
  stated: boolean;
  contrasts: boolean;
}

const NEIGHBOURS = indexTable('neighbours', () => new Map<string, Neighbour[]>());

/** A concept's neighbours, heaviest first (ties by id); computed once per concept and knowledge base. */
function neighboursOf(kb: KnowledgeBase, id: string): readonly Neighbour[] {
  const byConcept = prepareIndex(kb).table(NEIGHBOURS);
  const known = byConcept.get(id);
  if (known !== undefined) return known;
  const byId = new Map<string, Neighbour>();
  if (kb.graph.hasNode(id)) {
    kb.graph.forEachEdge(id, (_edge, attributes, source, target) => {
      const other = source === id ? target : source;
      if (other === id) return;
      const neighbour = byId.get(other) ?? { id: other, weight: 0, stated: false, contrasts: false };
      neighbour.weight = Math.max(neighbour.weight, attributes.weight);
      if (attributes.type !== 'related-to') neighbour.stated = true;
      if (attributes.type === 'contrasts-with') neighbour.contrasts = true;
      byId.set(other, neighbour);
    });
  }
  const neighbours = [...byId.values()].sort((a, b) => b.weight - a.weight || (a.id < b.id ? -1 : 1));
  byConcept.set(id, neighbours);
  return neighbours;
}
