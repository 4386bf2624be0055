import type { Passage } from '@notetutor/notes';

/** The sentences of a passage as text, in order (from its sentence spans; the whole text when it has none). */
export function passageSentences(passage: Passage): string[] {
  if (passage.sentences.length === 0) return [passage.text.trim()].filter(Boolean);
  return passage.sentences.map((span) => passage.text.slice(span.start, span.end).trim()).filter(Boolean);
}
