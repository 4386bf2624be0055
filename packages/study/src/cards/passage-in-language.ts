import type { KnowledgeBase } from '@notetutor/graph';
import type { Lang, Passage } from '@notetutor/notes';

/** The passage with this id or its translation/original in `lang`, if the notes have one. */
export function passageInLanguage(kb: KnowledgeBase, passageId: string, lang: Lang): Passage | undefined {
  const original = kb.originalOf.get(passageId) ?? passageId;
  for (const id of [original, ...(kb.translationsOf.get(original) ?? [])]) {
    const passage = kb.passages.get(id);
    if (passage?.lang === lang) return passage;
  }
  return undefined;
}

/** Original passage ids of a list of passage ids (translations mapped to their originals), deduplicated. */
export function originalsOf(kb: KnowledgeBase, passageIds: Iterable<string>): string[] {
  const seen = new Set<string>();
  for (const id of passageIds) seen.add(kb.originalOf.get(id) ?? id);
  return [...seen];
}
