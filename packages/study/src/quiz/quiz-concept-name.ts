import type { KnowledgeBase } from '@notetutor/graph';
import type { Lang } from '@notetutor/notes';
import { conceptName } from '../cards/concept-names';
import { isBadlyCutName } from './is-everyday-name';

/**
 * A concept's name in a question: its label in the language, or the other language's label when that one
 * is a badly cut piece of text (`率` for utilization, `户态` for user mode).
 */
export function quizConceptName(kb: KnowledgeBase, id: string, lang: Lang): string {
  const name = conceptName(kb, id, lang);
  if (!isBadlyCutName(name)) return name;
  const other = conceptName(kb, id, lang === 'zh' ? 'en' : 'zh');
  return isBadlyCutName(other) ? name : other;
}
