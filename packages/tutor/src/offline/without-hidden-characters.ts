import type { Answer } from '@notetutor/contracts';

/**
 * Unicode tag characters (U+E0000–U+E007F, invisible text a model or a reader's tools may still read) and
 * bidirectional embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069, which reorder what a reader
 * sees): notes copied from the web can carry them, and an answer must not pass them on.
 */
const HIDDEN = /[\u202A-\u202E\u2066-\u2069]|[\u{E0000}-\u{E007F}]/gu;

function clean(text: string): string {
  return text.replace(HIDDEN, '');
}

/**
 * An offline answer without hidden characters in its text, quotes and follow-ups.
 *
 * @example
 * withoutHiddenCharacters(answer).answer; // 'cgroups 限制资源' where the notes had 'cgroups\u202E 限制资源'
 */
export function withoutHiddenCharacters(answer: Answer): Answer {
  return {
    ...answer,
    answer: clean(answer.answer),
    citations: answer.citations.map((citation) => ({
      ...citation,
      quote: clean(citation.quote),
      ...(citation.original
        ? { original: { ...citation.original, quote: clean(citation.original.quote) } }
        : {}),
    })),
    followUps: answer.followUps.map(clean),
  };
}
