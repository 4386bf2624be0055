import type { KnowledgeBase } from '@notetutor/graph';
import type { Lang } from '@notetutor/notes';

/** A concept's label in a language (the other one when that one is empty). */
export function conceptName(kb: KnowledgeBase, id: string, lang: Lang): string {
  const node = kb.graph.getNodeAttributes(id);
  return (lang === 'zh' ? node.labelZh || node.labelEn : node.labelEn || node.labelZh) || id;
}
