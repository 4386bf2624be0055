import type { KnowledgeBase } from '@notetutor/graph';
import { passageInLanguage } from './passage-in-language';
import type { AnswerLanguage } from './passage-index';

const cache = new WeakMap<KnowledgeBase, Map<string, Partial<Record<AnswerLanguage, readonly string[]>>>>();

/**
 * The evidence passages of a graph edge as a reader of `language` sees them (`passageInLanguage`), without
 * repeats and only passages the knowledge base has; computed once per edge and language. On a large notes
 * folder an edge has thousands of evidence passages, so mapping them per question would dominate its cost.
 * The list is shared: copy it before changing it.
 *
 * @example
 * edgeEvidence(kb, edge, 'en'); // ['docker-concepts.en#2.3']
 */
export function edgeEvidence(kb: KnowledgeBase, edge: string, language: AnswerLanguage): readonly string[] {
  let byEdge = cache.get(kb);
  if (byEdge === undefined) {
    byEdge = new Map();
    cache.set(kb, byEdge);
  }
  let languages = byEdge.get(edge);
  if (languages === undefined) {
    languages = {};
    byEdge.set(edge, languages);
  }
  const known = languages[language];
  if (known !== undefined) return known;
  const shown = new Set<string>();
  for (const id of kb.graph.getEdgeAttribute(edge, 'evidence')) {
    const inLanguage = passageInLanguage(kb, id, language);
    if (kb.passages.has(inLanguage)) shown.add(inLanguage);
  }
  const evidence = [...shown];
  languages[language] = evidence;
  return evidence;
}
