import type { Answer, Citation, TutorEvent } from '@notetutor/contracts';
import type { KnowledgeBase } from '@notetutor/graph';
import type { Tutor } from '@notetutor/tutor';
import { MarkdownStreamSanitizer } from './markdown-stream-sanitizer';
import { type LinkPolicy, sanitizeMarkdown } from './sanitize-markdown';

/** Quotes from the notes may keep any http(s) link the notes have. */
const NOTES_POLICY: LinkPolicy = { allowLink: () => true };

/**
 * The API's one exit for answer text (OWASP LLM05): wraps the tutor so that everything `/api/ask`, `/api/chat`
 * and `/v1` send is sanitised with {@link sanitizeMarkdown}. Answer text (the model's, or the offline
 * engine's) may link only to URLs that the cited passages of the notes themselves link to; quotes of the notes
 * keep their http(s) links. Streamed deltas go through a {@link MarkdownStreamSanitizer}, so a link split over
 * deltas is judged whole.
 *
 * @example
 * const tutor = sanitizingTutor(createTutor(...), () => holder.current.kb);
 */
export function sanitizingTutor(tutor: Tutor, knowledgeBase: () => KnowledgeBase): Tutor {
  const policyFor = (citations: readonly Citation[]): LinkPolicy => {
    const kb = knowledgeBase();
    const allowed = new Set<string>();
    for (const citation of citations) {
      for (const id of [citation.id, citation.original?.id]) {
        const passage = id === undefined ? undefined : kb.passages.get(id);
        for (const link of passage?.links ?? []) allowed.add(link.url);
      }
    }
    return { allowLink: (url) => allowed.has(url) };
  };
  const citationsOut = (citations: Citation[]): Citation[] =>
    citations.map((citation) => ({
      ...citation,
      quote: sanitizeMarkdown(citation.quote, NOTES_POLICY),
      ...(citation.original
        ? {
            original: {
              ...citation.original,
              quote: sanitizeMarkdown(citation.original.quote, NOTES_POLICY),
            },
          }
        : {}),
    }));
  const answerOut = (answer: Answer): Answer => ({
    ...answer,
    answer: sanitizeMarkdown(answer.answer, policyFor(answer.citations)),
    citations: citationsOut(answer.citations),
  });

  return {
    get engine() {
      return tutor.engine;
    },
    async ask(input, options) {
      return answerOut(await tutor.ask(input, options));
    },
    async *stream(input, options) {
      const cited: Citation[] = [];
      const policy: LinkPolicy = { allowLink: (url) => policyFor(cited).allowLink(url) };
      const text = new MarkdownStreamSanitizer(policy);
      for await (const event of tutor.stream(input, options)) {
        if (event.type === 'citations') {
          for (const citation of event.citations) cited.push(citation);
          yield { ...event, citations: citationsOut(event.citations) } satisfies TutorEvent;
        } else if (event.type === 'delta') {
          const safe = text.push(event.text);
          if (safe) yield { type: 'delta', text: safe };
        } else {
          if (event.type === 'done' || event.type === 'error') {
            const rest = text.flush();
            if (rest) yield { type: 'delta', text: rest };
          }
          yield event.type === 'done' ? { ...event, answer: answerOut(event.answer) } : event;
        }
      }
    },
  };
}
