import type { NotesDocument, Passage } from '@notetutor/notes';

/**
 * A document's passages grouped by section, in reading order (passages outside any section on their own).
 *
 * @example
 * sectionsOf(doc).map((s) => [s.section?.title, s.passages.length]); // [['', 0], ['一、docker概念', 1], …]
 */
export function sectionsOf(
  doc: NotesDocument,
): Array<{ section: NotesDocument['sections'][number] | undefined; passages: Passage[] }> {
  const byId = new Map(doc.passages.map((p) => [p.id, p]));
  const seen = new Set<string>();
  const groups: Array<{ section: NotesDocument['sections'][number] | undefined; passages: Passage[] }> = [];
  for (const section of doc.sections) {
    const passages = section.passageIds
      .map((id) => byId.get(id))
      .filter((p): p is Passage => p !== undefined);
    for (const p of passages) seen.add(p.id);
    groups.push({ section, passages });
  }
  const loose = doc.passages.filter((p) => !seen.has(p.id));
  if (loose.length > 0) groups.push({ section: undefined, passages: loose });
  return groups;
}
