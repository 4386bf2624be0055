import type { ConceptHit } from '@notetutor/contracts';
import { foldKey } from '../text/fold-for-match';
import type { ConceptGraph, ConceptLookup } from '../types';

/** How well a concept matched a query; lower is better. */
const RANK = {
  exact: 0,
  prefix: 1,
  substring: 2,
  /** The query contains the alias (a question or phrase typed into the search box). */
  contained: 3,
  /** A typo of a Latin alias, as the tutor's lookup tolerates. */
  typo: 4,
} as const;
type Rank = (typeof RANK)[keyof typeof RANK];

interface IndexedConcept {
  summary: Omit<ConceptHit, 'matched'>;
  centrality: number;
  /** Folded key → the alias as written. */
  keys: Map<string, string>;
}

/** Searches concepts by any alias; built once per graph. The one ranked concept search: the API's
 * `GET /api/concepts?q=` serves it, and the web's search box and path finder ask that route. */
export type ConceptSearch = (query: string, limit: number) => ConceptHit[];

/**
 * Indexes every concept's id, labels and aliases (folded with `foldKey`, as the lookup folds them, so case,
 * full-width forms and spacing do not matter) and returns a search function: exact matches first, then prefixes, then
 * substrings, then aliases contained in the query, then typos of Latin aliases; ties go to the more central
 * concept. An empty query lists the most central concepts.
 *
 * @example
 * const search = createConceptSearch(kb.graph, kb.lookup);
 * search('ＯＶＥＲＬＡＹ', 5)[0]; // { id: 'overlay2', matched: 'overlay2', … }
 */
export function createConceptSearch(graph: ConceptGraph, lookup: ConceptLookup): ConceptSearch {
  const concepts: IndexedConcept[] = [];
  const byId = new Map<string, IndexedConcept>();
  graph.forEachNode((id, attributes) => {
    const keys = new Map<string, string>();
    for (const written of [attributes.labelZh, attributes.labelEn, ...attributes.aliases, id]) {
      const key = foldKey(written);
      if (key && !keys.has(key)) keys.set(key, written);
    }
    const concept: IndexedConcept = {
      summary: {
        id,
        label: attributes.label,
        labelZh: attributes.labelZh,
        labelEn: attributes.labelEn,
        kind: attributes.kind,
        aliases: attributes.aliases,
        mentions: attributes.mentions,
      },
      centrality: attributes.centrality,
      keys,
    };
    concepts.push(concept);
    byId.set(id, concept);
  });
  const byCentrality = [...concepts].sort(
    (a, b) => b.centrality - a.centrality || compareIds(a.summary.id, b.summary.id),
  );

  return (query, limit) => {
    const q = foldKey(query);
    if (!q) return byCentrality.slice(0, limit).map((concept) => ({ ...concept.summary }));

    const found: Array<{ concept: IndexedConcept; rank: Rank; matched: string }> = [];
    for (const concept of concepts) {
      let best: { rank: Rank; matched: string } | undefined;
      for (const [key, written] of concept.keys) {
        const rank =
          key === q
            ? RANK.exact
            : key.startsWith(q)
              ? RANK.prefix
              : key.includes(q)
                ? RANK.substring
                : key.length >= 2 && q.includes(key)
                  ? RANK.contained
                  : undefined;
        if (rank !== undefined && (!best || rank < best.rank)) best = { rank, matched: written };
        if (best?.rank === RANK.exact) break;
      }
      if (best) found.push({ concept, ...best });
    }
    if (found.length === 0) {
      const typo = lookup.match(query);
      const concept = typo && byId.get(typo.id);
      if (concept) found.push({ concept, rank: RANK.typo, matched: concept.summary.label });
    }
    found.sort(
      (a, b) =>
        a.rank - b.rank ||
        b.concept.centrality - a.concept.centrality ||
        compareIds(a.concept.summary.id, b.concept.summary.id),
    );
    return found.slice(0, limit).map(({ concept, matched }) => ({ ...concept.summary, matched }));
  };
}

function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
