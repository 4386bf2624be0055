import type { Passage } from '@notetutor/notes';
import { prepareIndex } from '../grounding/prepare-index';
import type { AnswerContext } from './answer-context';

/** One fact of a side of a comparison: what the notes label it (`定义`, `Why`) and say, and where. */
export interface Fact {
  label: string;
  value: string;
  passage: Passage;
  /** For a lead-in (`缺点` over its bullets): the items that say it, quoted with it. */
  items?: readonly Passage[];
}

/** Facts the notes give for both sides under the same label, in the order the first side's notes give them. */
export interface ParallelFacts {
  /** The table's corner: the notes' own header cell (`区别`), or empty. */
  corner: string;
  rows: { label: string; a: Fact; b: Fact }[];
}

/** A lead labels its bullets in a table cell when they are this few (more is a list, not a fact). */
const MAX_LEAD_ITEMS = 3;
/** A label's wording: a word or two (`缺点`, `Pros`), no sentence. */
const LABEL_WORDING = /^[\p{L}\p{N}][\p{L}\p{N} ._-]{0,15}$/u;

/** A comparison is shown as a table from this many parallel facts on. */
export const MIN_PARALLEL_ROWS = 2;

/**
 * A labelled statement (`定义：某时刻内存数据的快照`, `What - the driver receive queue`, `Why: …`): a short label,
 * a colon or a spaced dash, and what it says.
 */
const LABELLED = /^([^:：\n|]{1,24}?)\s*(?:[:：]|\s[-–—]\s)\s*(\S[^\n]*)$/u;

/**
 * The facts the notes give in parallel for two concepts, when they give at least {@link MIN_PARALLEL_ROWS}:
 * the rows of a table of theirs whose header names both (`| 区别 | GET | POST |`), or the labels both
 * concepts' own sections (or lists) use alike (`## RDB` `- 定义：…` and `## AOF` `- 定义：…`). Undefined when the
 * notes describe the two in their own ways: then each side is quoted on its own.
 *
 * @example
 * parallelFacts(context, 'rdb', 'aof')?.rows.map((r) => r.label); // ['定义', '缺点']
 */
export function parallelFacts(
  context: AnswerContext,
  a: { id: string; passage: Passage },
  b: { id: string; passage: Passage },
): ParallelFacts | undefined {
  return fromTable(context, a.id, b.id) ?? fromLabels(context, a, b);
}

/** Rows of a table of the notes with a column for each side. */
function fromTable(context: AnswerContext, a: string, b: string): ParallelFacts | undefined {
  const { kb, language } = context;
  const index = prepareIndex(kb);
  const names = (id: string, cell: string) =>
    kb.lookup.find(cell, { lang: language }).some((m) => m.id === id && m.surface.trim() === cell.trim());
  for (const position of index.evidence(a, language)) {
    const row = index.passages.passages[position];
    const header = row?.tableHeader;
    if (row === undefined || header === undefined || header.length < 3) continue;
    const columnA = header.findIndex((cell) => names(a, cell));
    const columnB = header.findIndex((cell) => names(b, cell));
    if (columnA <= 0 || columnB <= 0 || columnA === columnB) continue;
    // Every row of that table: the passages around this one (reading order) that share its header.
    const headerKey = header.join('\u0000');
    const sameTable = (other: Passage | undefined) =>
      other !== undefined &&
      other.file === row.file &&
      other.sectionId === row.sectionId &&
      other.tableHeader?.join('\u0000') === headerKey;
    let first = position;
    while (sameTable(index.passages.passages[first - 1])) first--;
    const rows: ParallelFacts['rows'] = [];
    for (let at = first; sameTable(index.passages.passages[at]); at++) {
      const passage = index.passages.passages[at] as Passage;
      const cells = rowCells(passage, header);
      if (cells === undefined) continue;
      const label = cells[0] ?? '';
      const fact = (column: number) => ({ label, value: cells[column] ?? '', passage });
      rows.push({ label, a: fact(columnA), b: fact(columnB) });
    }
    if (rows.length >= MIN_PARALLEL_ROWS) return { corner: header[0] ?? '', rows };
  }
  return undefined;
}

/** The cells of a table row passage (`header: cell | header: cell`), in the header's order. */
function rowCells(passage: Passage, header: readonly string[]): string[] | undefined {
  const parts = passage.text.split(' | ');
  if (parts.length !== header.length) return undefined;
  return parts.map((part, i) => {
    const prefix = `${header[i]}: `;
    return (part.startsWith(prefix) ? part.slice(prefix.length) : part).trim();
  });
}

/** Labels both sides' own passages use (their sections, or the items of the passage quoted for them). */
function fromLabels(
  context: AnswerContext,
  a: { id: string; passage: Passage },
  b: { id: string; passage: Passage },
): ParallelFacts | undefined {
  const factsA = factsOf(context, a);
  const factsB = factsOf(context, b);
  const rows: ParallelFacts['rows'] = [];
  for (const [key, fact] of factsA) {
    const other = factsB.get(key);
    if (other !== undefined && other.passage.id !== fact.passage.id)
      rows.push({ label: fact.label, a: fact, b: other });
  }
  return rows.length >= MIN_PARALLEL_ROWS ? { corner: '', rows } : undefined;
}

/** A side's labelled statements, first per label (folded): under headings naming it, and under its passage. */
function factsOf(context: AnswerContext, side: { id: string; passage: Passage }): Map<string, Fact> {
  const { kb, language } = context;
  const index = prepareIndex(kb);
  const passages: Passage[] = [];
  const view = index.passages.views[language];
  for (const position of index.sectionPassages(side.id)) {
    const passage = index.passages.passages[position];
    if (passage !== undefined && view.member[position] === 1) passages.push(passage);
  }
  passages.push(...index.structure.children(side.passage));
  const facts = new Map<string, Fact>();
  const separator = language === 'zh' ? '；' : '; ';
  for (const passage of passages) {
    if (passage.kind === 'code' || passage.kind === 'table' || passage.role !== undefined) continue;
    const text = passage.text.trim();
    const match = LABELLED.exec(text);
    // A short lead over its bullets (`- 缺点` › `- 两次快照间的数据会丢`) labels what they say.
    const items = match ? [] : index.structure.children(passage).filter((item) => item.kind !== 'code');
    const lead = text.replace(/[:：]$/u, '').trim();
    if (!match && (items.length === 0 || items.length > MAX_LEAD_ITEMS || !LABEL_WORDING.test(lead)))
      continue;
    // A lead over labelled items (`How:` › `Check command: …`) is no fact of its own: its items are, row by row.
    if (!match && items.every((item) => LABELLED.test(item.text.trim()))) continue;
    const label = match ? (match[1] ?? '').trim() : lead;
    const value = match ? (match[2] ?? '').trim() : items.map((item) => item.text.trim()).join(separator);
    // A label is a word or two (`定义`, `Why`), not a clause that happens to hold a colon.
    if (label.split(/\s+/).length > 3 || value === '') continue;
    const key = label.normalize('NFKC').toLowerCase();
    if (!facts.has(key)) facts.set(key, { label, value, passage, ...(items.length > 0 ? { items } : {}) });
  }
  return facts;
}
