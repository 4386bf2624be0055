import type { PassageView } from '@notetutor/contracts';

/**
 * The passages a reader of `language` needs: where a passage and its translation are both listed, only the one
 * in the reader's language is kept (the notes say the same thing twice otherwise); `exclude` drops passages
 * (and their translations) shown elsewhere, such as the definition. Passages in the reader's language come
 * first; otherwise the order is kept.
 */
export function passagesForLanguage(
  passages: PassageView[],
  language: 'zh' | 'en',
  exclude: PassageView[] = [],
): PassageView[] {
  const listed = new Set(passages.map((p) => p.id));
  const twinOf = new Map<string, string>();
  for (const p of [...passages, ...exclude]) {
    if (p.originalId) {
      twinOf.set(p.id, p.originalId);
      twinOf.set(p.originalId, p.id);
    }
  }
  const excluded = new Set(exclude.flatMap((p) => [p.id, twinOf.get(p.id) ?? p.id]));
  const kept = passages.filter((p) => {
    if (excluded.has(p.id)) return false;
    const twin = twinOf.get(p.id);
    if (!twin || !listed.has(twin)) return true;
    return p.lang === language;
  });
  return [...kept.filter((p) => p.lang === language), ...kept.filter((p) => p.lang !== language)];
}
