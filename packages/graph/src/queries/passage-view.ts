import type { PassageView } from '@notetutor/contracts';
import type { KnowledgeBase } from '../types';

/**
 * A passage as served to readers (contracts `PassageView`): text, language, where it is in the notes and, for
 * a translation, the id of its original. Undefined for an unknown id.
 *
 * @example
 * toPassageView(kb, 'docker-concepts.en#2.3')?.originalId; // 'docker-concepts.zh#2.3'
 */
export function toPassageView(
  kb: Pick<KnowledgeBase, 'passages' | 'originalOf'>,
  id: string,
): PassageView | undefined {
  const passage = kb.passages.get(id);
  if (!passage) return undefined;
  const view: PassageView = {
    id: passage.id,
    text: passage.text,
    lang: passage.lang,
    source: {
      file: passage.file,
      heading: passage.headingPath[passage.headingPath.length - 1] ?? '',
      line: passage.lineStart,
    },
    headingPath: [...passage.headingPath],
  };
  const originalId = kb.originalOf.get(id);
  if (originalId) view.originalId = originalId;
  return view;
}
