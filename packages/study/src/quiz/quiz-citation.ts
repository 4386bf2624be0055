import type { Citation } from '@notetutor/contracts';
import type { KnowledgeBase } from '@notetutor/graph';
import type { Passage } from '@notetutor/notes';

function sourceOf(passage: Passage): Citation['source'] {
  return {
    file: passage.file,
    heading: passage.headingPath[passage.headingPath.length - 1] ?? '',
    line: passage.lineStart,
  };
}

/** The citation of a sentence of a passage, with the original beside a translated passage. */
export function quizCitation(kb: KnowledgeBase, passage: Passage, quote: string): Citation {
  const originalId = kb.originalOf.get(passage.id);
  const original = originalId ? kb.passages.get(originalId) : undefined;
  return {
    id: passage.id,
    quote,
    source: sourceOf(passage),
    ...(original ? { original: { id: original.id, quote: original.text, source: sourceOf(original) } } : {}),
  };
}
