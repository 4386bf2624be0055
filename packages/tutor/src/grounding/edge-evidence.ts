import type { KnowledgeBase } from '@notetutor/graph';
import { indexTable } from './index-table';
import { passageInLanguage } from './passage-in-language';
import type { AnswerLanguage } from './passage-index';
import { prepareIndex } from './prepare-index';

const EDGE_EVIDENCE = indexTable(
  'edge evidence',
  () => new Map<string, Partial<Record<AnswerLanguage, readonly string[]>>>(),
);

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
  const byEdge = prepareIndex(kb).table(EDGE_EVIDENCE);
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
