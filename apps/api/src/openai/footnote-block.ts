import type { Citation } from '@notetutor/contracts';

/**
 * The citations as markdown footnote definitions, one per line: `[^1]: quote — file:line`, preceded by a
 * blank line; empty when there are none. Quotes are collapsed to one line so each definition stays one.
 *
 * @example
 * footnoteBlock([{ id: 'a#1.1', quote: 'Namespace 隔离', source: { file: 'a.md', heading: 'h', line: 3 } }]);
 * // '\n\n[^1]: Namespace 隔离 — a.md:3'
 */
export function footnoteBlock(citations: Citation[]): string {
  if (citations.length === 0) return '';
  const lines = citations.map((citation, index) => {
    const quote = citation.quote.replace(/\s+/g, ' ').trim();
    return `[^${index + 1}]: ${quote} — ${citation.source.file}:${citation.source.line}`;
  });
  return `\n\n${lines.join('\n')}`;
}
