import type { Citation, Source } from '@notetutor/contracts';
import type { Passage } from '@notetutor/notes';
import type { PassageStore } from './passage-store';

/** Longest quote a citation carries, in characters; longer passages are cut after a whole sentence. */
export const MAX_QUOTE_CHARS = 400;

/**
 * The passage text, or for a long passage its leading whole sentences (at least part of the first, cut at
 * `MAX_QUOTE_CHARS`). Always a substring of the passage text, as the offline engine's quotes are.
 */
function quoteOf(passage: Passage): string {
  const text = passage.text;
  if (text.length <= MAX_QUOTE_CHARS) return text.trim();
  let end = 0;
  for (const sentence of passage.sentences) {
    if (sentence.end > MAX_QUOTE_CHARS) break;
    end = sentence.end;
  }
  return text.slice(0, end > 0 ? end : MAX_QUOTE_CHARS).trim();
}

/** Same shape as the offline engine's sources: the heading is the whole heading path. */
function sourceOf(passage: Passage): Source {
  return { file: passage.file, heading: passage.headingPath.join(' › '), line: passage.lineStart };
}

/**
 * The citation of one passage of the knowledge base as a whole (the model may draw on any part of it), with its
 * original attached when the passage is a translation (an English passage carries the Chinese text it was
 * translated from). Returns `undefined` for an id the store does not hold.
 *
 * @example
 * citationForPassage(kb, 'docker-concepts.en#2.2');
 * // → { id: 'docker-concepts.en#2.2', quote: '…', source: { file, heading, line },
 * //     original: { id: 'docker-concepts.zh#2.2', quote: '…', source: { … } } }
 */
export function citationForPassage(store: PassageStore, id: string): Citation | undefined {
  const passage = store.passages.get(id);
  if (!passage) return undefined;
  const citation: Citation = { id, quote: quoteOf(passage), source: sourceOf(passage) };
  const originalId = store.originalOf.get(id);
  const original = originalId === undefined ? undefined : store.passages.get(originalId);
  if (originalId !== undefined && original) {
    citation.original = { id: originalId, quote: quoteOf(original), source: sourceOf(original) };
  }
  return citation;
}
