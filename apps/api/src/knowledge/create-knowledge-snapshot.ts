import { createConceptSearch, describeConcept, findPath, type KnowledgeBase } from '@notetutor/graph';
import type { KnowledgeSnapshot } from './knowledge-snapshot';

/** A snapshot together with the knowledge base it views, which the tutor reads. */
export type ServedKnowledge = KnowledgeSnapshot & { readonly kb: KnowledgeBase; readonly files: string[] };

/**
 * Wraps a built knowledge base for serving: counts, a concept search index, and the graph export (made on
 * first request and kept, so `/api/graph` does not re-serialise per request).
 *
 * @example
 * const snapshot = createKnowledgeSnapshot(kb, { version: 1, builtAt: new Date().toISOString() });
 * snapshot.counts; // { concepts: 120, links: 340, passages: 410 }
 */
export function createKnowledgeSnapshot(
  kb: KnowledgeBase,
  meta: { version: number; builtAt: string },
): ServedKnowledge {
  const search = createConceptSearch(kb.graph, kb.lookup);
  let graphJson: string | undefined;
  return {
    kb,
    version: meta.version,
    builtAt: meta.builtAt,
    files: kb.documents.map((document) => document.file),
    counts: { concepts: kb.graph.order, links: kb.graph.size, passages: kb.passages.size },
    skipped: kb.skipped.map(({ file, reason }) => ({ file, reason })),
    graphJson() {
      graphJson ??= JSON.stringify(kb.graph.export());
      return graphJson;
    },
    searchConcepts: search,
    resolveConcept(idOrAlias) {
      if (kb.graph.hasNode(idOrAlias)) return idOrAlias;
      return kb.lookup.resolve(idOrAlias);
    },
    describeConcept: (id, lang) => describeConcept(kb, id, lang ? { lang } : {}),
    findPath: (fromId, toId) => findPath(kb, fromId, toId),
  };
}
