import type { Answer, TutorEvent } from '@notetutor/contracts';

// A chunk ends after sentence punctuation (and any closing mark or citation that follows), or a newline.
const CHUNK = /(?:[^\n。！？!?.]|\.(?!\s|$))*(?:[。！？!?]+|\.(?=\s|$)|\n+|$)(?:\s*\[\d+\][。.]?)?[ \t]*/gu;

/**
 * Turns a finished answer into the streaming form: `meta`, `concepts`, `citations`, the text as `delta`s of
 * about a sentence each (their concatenation is exactly `answer.answer`), a `notice` when the answer has
 * one, then `done` with the whole answer.
 *
 * @example
 * [...offlineAnswerEvents(answer)].map((e) => e.type); // ['meta', 'concepts', 'citations', 'delta', …, 'done']
 */
export function offlineAnswerEvents(answer: Answer): TutorEvent[] {
  const events: TutorEvent[] = [
    { type: 'meta', engine: answer.engine, language: answer.language ?? 'en' },
    { type: 'concepts', concepts: answer.concepts },
    { type: 'citations', citations: answer.citations },
  ];
  for (const text of splitIntoChunks(answer.answer)) events.push({ type: 'delta', text });
  if (answer.notice) events.push({ type: 'notice', message: answer.notice });
  events.push({ type: 'done', answer });
  return events;
}

function splitIntoChunks(text: string): string[] {
  const chunks: string[] = [];
  for (const match of text.matchAll(CHUNK)) if (match[0].length > 0) chunks.push(match[0]);
  // The pattern covers every character; guard anyway so a delta stream always adds up to the answer.
  return chunks.join('') === text ? chunks : [text];
}
