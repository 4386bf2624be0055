import type { PassageView } from '@notetutor/contracts';

/**
 * `passage` as a reader of `language` should see it: its translation (or original) from `candidates` when
 * that is in the reader's language, else the passage itself.
 */
export function passageInLanguage(
  passage: PassageView,
  language: 'zh' | 'en',
  candidates: PassageView[],
): PassageView {
  if (passage.lang === language) return passage;
  return (
    candidates.find(
      (p) =>
        p.lang === language &&
        (p.originalId === passage.id || (passage.originalId !== undefined && p.id === passage.originalId)),
    ) ?? passage
  );
}
