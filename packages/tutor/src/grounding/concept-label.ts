import type { KnowledgeBase } from '@notetutor/graph';
import type { AnswerLanguage } from './passage-index';

/**
 * A concept's label in the reader's language (the other language's when it has none, the id when the
 * concept is unknown).
 *
 * @example
 * conceptLabel(kb, 'namespaces', 'zh'); // '命名空间'
 */
export function conceptLabel(kb: KnowledgeBase, id: string, language: AnswerLanguage): string {
  if (!kb.graph.hasNode(id)) return id;
  const { labelZh, labelEn } = kb.graph.getNodeAttributes(id);
  return (language === 'zh' ? labelZh || labelEn : labelEn || labelZh) || id;
}
