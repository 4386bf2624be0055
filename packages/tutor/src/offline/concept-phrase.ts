import type { KnowledgeBase } from '@notetutor/graph';
import { englishNounPhrase } from '@notetutor/lexicon/english';
import { conceptLabel } from '../grounding/concept-label';

/**
 * How a concept is named inside a generated sentence: its Chinese label as is, or its English label as a
 * noun phrase with the article English needs (see {@link englishNounPhrase}).
 *
 * @example
 * conceptPhrase(kb, 'kernel', 'en', 'definite'); // 'the kernel'
 * conceptPhrase(kb, 'kernel', 'zh', 'definite'); // '内核'
 */
export function conceptPhrase(
  kb: KnowledgeBase,
  id: string,
  language: 'zh' | 'en',
  article: 'definite' | 'indefinite' | 'generic',
): string {
  const label = conceptLabel(kb, id, language);
  if (language === 'zh') return label;
  const kind = kb.graph.hasNode(id) ? kb.graph.getNodeAttribute(id, 'kind') : undefined;
  return englishNounPhrase(label, kind, article, conceptLabel(kb, id, 'zh'));
}
