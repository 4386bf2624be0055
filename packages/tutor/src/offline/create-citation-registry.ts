import type { Citation, Source } from '@notetutor/contracts';
import type { KnowledgeBase } from '@notetutor/graph';
import type { Passage } from '@notetutor/notes';
import { prepareIndex } from '../grounding/prepare-index';
import { alignOriginalQuote, ORIGINAL_UNITS } from './align-original-quote';

/** Numbers citations in order of first use and remembers what of each passage was quoted. */
export interface CitationRegistry {
  /** Cites `passage.text.slice(start, end)`; returns the 1-based citation number (stable per passage). */
  cite(passage: Passage, start: number, end: number): number;
  /**
   * Cites a lead-in with the list items under it as one unit ("K8s imposes the following requirements:" and
   * its requirements): the quote is the lead-in's text, then each item's on a line of its own.
   */
  citeUnit(passage: Passage, items: readonly Passage[]): number;
  /** Number of the passage's citation, if it has one. */
  numberOf(passageId: string): number | undefined;
  /**
   * The citations, in number order. A passage cited for several spans quotes from the first to the last
   * (always one contiguous substring of the passage). A translated passage carries its `original`.
   */
  citations(): Citation[];
}

/**
 * Creates a registry of the citations of one answer.
 *
 * @example
 * const registry = createCitationRegistry(kb);
 * const n = registry.cite(passage, 0, 12); // 1
 * registry.citations()[0]?.quote === passage.text.slice(0, 12); // true
 */
export function createCitationRegistry(kb: KnowledgeBase): CitationRegistry {
  const entries = new Map<
    string,
    { number: number; passage: Passage; start: number; end: number; items?: readonly Passage[] }
  >();
  // A unit reads as the list it is in the notes: the lead, then its items as `- ` lines, or `1. ` for the steps
  // of a numbered list (a checklist item with its box, `[ ]` or `[x]`, which is what it says); a code block as it is.
  // A list quoted whole (its first item leading its siblings) reads as a list from its first line.
  const unitQuote = (passage: Passage, items: readonly Passage[]) => {
    const indents = itemIndents(items);
    return [
      `${leadsSiblings(passage, items) ? itemMarker(passage) : ''}${checkbox(passage)}${passage.text}`,
      ...items.map((item, i) =>
        item.kind === 'code' ? item.text : `${indents[i]}${itemMarker(item)}${checkbox(item)}${item.text}`,
      ),
    ].join('\n');
  };
  return {
    citeUnit(passage, items) {
      const entry = entries.get(passage.id);
      if (entry !== undefined) {
        entry.start = 0;
        entry.end = passage.text.length;
        entry.items = items;
        return entry.number;
      }
      const number = entries.size + 1;
      entries.set(passage.id, { number, passage, start: 0, end: passage.text.length, items });
      return number;
    },
    cite(passage, start, end) {
      const entry = entries.get(passage.id);
      if (entry !== undefined) {
        entry.start = Math.min(entry.start, start);
        entry.end = Math.max(entry.end, end);
        return entry.number;
      }
      const number = entries.size + 1;
      entries.set(passage.id, { number, passage, start, end });
      return number;
    },
    numberOf(passageId) {
      return entries.get(passageId)?.number;
    },
    citations() {
      return [...entries.values()]
        .sort((a, b) => a.number - b.number)
        .map(({ passage, start, end, items }) => {
          const citation: Citation = {
            id: passage.id,
            quote: items ? unitQuote(passage, items) : passage.text.slice(start, end),
            source: sourceOf(passage),
          };
          const originalId = kb.originalOf.get(passage.id);
          const original = originalId === undefined ? undefined : kb.passages.get(originalId);
          if (original !== undefined) {
            const originalItems = items
              ?.map((item) => kb.passages.get(kb.originalOf.get(item.id) ?? ''))
              .filter((item): item is Passage => item !== undefined);
            citation.original = {
              id: original.id,
              quote: originalItems
                ? unitQuote(original, originalItems)
                : alignOriginalQuote(passage, original, start, end, prepareIndex(kb).table(ORIGINAL_UNITS)),
              source: sourceOf(original),
            };
          }
          return citation;
        });
    },
  };
}

function sourceOf(passage: Passage): Source {
  return { file: passage.file, heading: passage.headingPath.join(' › '), line: passage.lineStart };
}

/** A list item's marker as the notes write it: its number for a step of a numbered list (`2. `), else `- `; none for a paragraph. */
export function itemMarker(passage: Passage): string {
  if (passage.kind !== 'bullet') return '';
  return passage.step === undefined ? '- ' : `${passage.step}. `;
}

/**
 * How far each item of a unit is indented under the one before: two spaces for each of its ancestors that is an
 * item of the unit too (`proxy_cache_valid` › "a fallback: …" › "unless `proxy_ignore_headers` is set").
 */
export function itemIndents(items: readonly Passage[]): string[] {
  const byId = new Map(items.map((item) => [item.id, item]));
  return items.map((item) => {
    let depth = 0;
    for (
      let parent = byId.get(item.parentId ?? '');
      parent !== undefined;
      parent = byId.get(parent.parentId ?? '')
    )
      depth++;
    return '  '.repeat(depth);
  });
}

/** A checklist item's box as the notes write it (`[x] ` ticked, `[ ] ` not); nothing for other passages. */
export function checkbox(passage: Passage): string {
  if (passage.role !== 'checklist') return '';
  return passage.checked ? '[x] ' : '[ ] ';
}

/** A checklist item's box in an answer: ☑ ticked, ☐ not (no markdown syntax); nothing for other passages. */
export function checkboxMark(passage: Passage): string {
  if (passage.role !== 'checklist') return '';
  return passage.checked ? '☑ ' : '☐ ';
}

/**
 * Whether a unit's lead is the first item of a list and its items are the items after it (not nested under it),
 * with what is nested under those.
 */
export function leadsSiblings(lead: Passage, items: readonly Passage[]): boolean {
  const ids = new Set(items.map((item) => item.id));
  return (
    lead.kind === 'bullet' &&
    items.some((item) => item.parentId === lead.parentId) &&
    items.every(
      (item) => item.kind === 'bullet' && (item.parentId === lead.parentId || ids.has(item.parentId ?? '')),
    )
  );
}
