import type { KnowledgeBase } from '@notetutor/graph';
import { isJunkConcept } from './is-junk-concept';

/** A concept that could stand in for another in a question, and how close it is (0–1). */
export interface ConceptSibling {
  id: string;
  /** Jaccard overlap of typed neighbours, raised when both hang off one concept by the same relation. */
  similarity: number;
}

/** Typed neighbours of a concept with the relation and direction to each: `in:implemented-by:union-mount`. */
function typedLinks(kb: KnowledgeBase, id: string): { neighbours: Set<string>; links: Set<string> } {
  const neighbours = new Set<string>();
  const links = new Set<string>();
  kb.graph.forEachEdge(id, (_edge, attributes, source, target) => {
    if (attributes.type === 'related-to' || source === target) return;
    const other = source === id ? target : source;
    neighbours.add(other);
    links.add(`${source === id ? 'out' : 'in'}:${attributes.type}:${other}`);
  });
  return { neighbours, links };
}

const cache = new WeakMap<KnowledgeBase, Map<string, ConceptSibling[]>>();

/**
 * The siblings of a concept in the graph: concepts of the same kind that share a typed neighbour with it
 * (AUFS and overlay2 both implement union mount; bridge, host and none are all network modes Docker
 * provides), closest first, ties by id. Concepts with an everyday name are left out.
 *
 * @example conceptSiblings(kb, 'aufs')[0]?.id; // 'overlay2'
 */
export function conceptSiblings(kb: KnowledgeBase, id: string): ConceptSibling[] {
  let known = cache.get(kb);
  if (!known) {
    known = new Map();
    cache.set(kb, known);
  }
  const hit = known.get(id);
  if (hit) return hit;
  const kind = kb.graph.getNodeAttribute(id, 'kind');
  const mine = typedLinks(kb, id);
  const candidates = new Set<string>();
  for (const neighbour of mine.neighbours) {
    kb.graph.forEachEdge(neighbour, (_edge, attributes, source, target) => {
      if (attributes.type === 'related-to') return;
      const other = source === neighbour ? target : source;
      if (other !== id && other !== neighbour && kb.graph.getNodeAttribute(other, 'kind') === kind)
        candidates.add(other);
    });
  }
  const siblings: ConceptSibling[] = [];
  for (const other of candidates) {
    if (isJunkConcept(kb, other)) continue;
    const theirs = typedLinks(kb, other);
    let shared = 0;
    for (const n of theirs.neighbours) if (mine.neighbours.has(n)) shared++;
    const union = mine.neighbours.size + theirs.neighbours.size - shared;
    let sameSlot = false;
    for (const link of theirs.links) if (mine.links.has(link)) sameSlot = true;
    const similarity = Math.min(1, (union === 0 ? 0 : shared / union) + (sameSlot ? 0.4 : 0));
    siblings.push({ id: other, similarity });
  }
  siblings.sort((a, b) => b.similarity - a.similarity || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  known.set(id, siblings);
  return siblings;
}
