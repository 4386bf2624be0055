import type { BlockNode, InlineNode, TableAlign } from './markdown-ast';
import { parseInline } from './parse-inline';

const FENCE = /^ {0,3}(`{3,}|~{3,})\s*([^`\s]*)[^`]*$/;
const HEADING = /^ {0,3}(#{1,6})(?:[ \t]+(.*?))?(?:[ \t]+#+)?[ \t]*$/;
const RULE = /^ {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$/;
const QUOTE = /^ {0,3}> ?(.*)$/;
const LIST_ITEM = /^( {0,3})([-*+]|\d{1,9}[.)])([ \t]+(.*))?$/;
const TABLE_DELIMITER = /^ {0,3}\|?[ \t]*:?-+:?[ \t]*(\|[ \t]*:?-+:?[ \t]*)*\|?[ \t]*$/;
const MAX_NESTING = 8;

function isBlank(line: string): boolean {
  return line.trim() === '';
}

function splitTableRow(line: string): string[] {
  let row = line.trim();
  if (row.startsWith('|')) row = row.slice(1);
  if (row.endsWith('|') && !row.endsWith('\\|')) row = row.slice(0, -1);
  const cells: string[] = [];
  let cell = '';
  for (let k = 0; k < row.length; k++) {
    const c = row[k];
    if (c === '\\' && row[k + 1] === '|') {
      cell += '|';
      k++;
    } else if (c === '|') {
      cells.push(cell.trim());
      cell = '';
    } else cell += c;
  }
  cells.push(cell.trim());
  return cells;
}

function tableAlign(cell: string): TableAlign {
  const left = cell.startsWith(':');
  const right = cell.endsWith(':');
  return left && right ? 'center' : right ? 'right' : left ? 'left' : null;
}

/** Whether `line` starts a block other than a paragraph (so it ends a paragraph running above it). */
function startsBlock(line: string, nextLine: string | undefined): boolean {
  return (
    FENCE.test(line) ||
    HEADING.test(line) ||
    RULE.test(line) ||
    QUOTE.test(line) ||
    LIST_ITEM.test(line) ||
    (line.includes('|') && nextLine !== undefined && TABLE_DELIMITER.test(nextLine) && nextLine.includes('-'))
  );
}

const TASK_BOX = /^\[([ xX])\] /;

function parseBlocks(lines: string[], nesting: number): BlockNode[] {
  const blocks: BlockNode[] = [];
  let i = 0;
  while (i < lines.length) {
    const line = lines[i] ?? '';
    if (isBlank(line)) {
      i++;
      continue;
    }

    const fence = FENCE.exec(line);
    if (fence) {
      const marker = fence[1] ?? '```';
      const indent = line.length - line.trimStart().length;
      const body: string[] = [];
      i++;
      // An unclosed fence (a streaming answer mid-block) runs to the end, as code.
      while (i < lines.length) {
        const current = lines[i] ?? '';
        const trimmed = current.trim();
        if (trimmed.startsWith(marker[0]?.repeat(marker.length) ?? marker) && /^(`+|~+)$/.test(trimmed)) {
          i++;
          break;
        }
        body.push(current.slice(Math.min(indent, current.length - current.trimStart().length)));
        i++;
      }
      blocks.push({ type: 'code', lang: fence[2] || undefined, value: body.join('\n') });
      continue;
    }

    const heading = HEADING.exec(line);
    if (heading) {
      blocks.push({
        type: 'heading',
        depth: heading[1]?.length ?? 1,
        children: parseInline(heading[2] ?? ''),
      });
      i++;
      continue;
    }

    if (RULE.test(line)) {
      blocks.push({ type: 'rule' });
      i++;
      continue;
    }

    if (QUOTE.test(line)) {
      const inner: string[] = [];
      while (i < lines.length && !isBlank(lines[i] ?? '')) {
        const quoted = QUOTE.exec(lines[i] ?? '');
        inner.push(quoted ? (quoted[1] ?? '') : (lines[i] ?? ''));
        i++;
      }
      const children =
        nesting < MAX_NESTING ? parseBlocks(inner, nesting + 1) : [paragraph(inner.join('\n'))];
      blocks.push({ type: 'blockquote', children });
      continue;
    }

    const item = LIST_ITEM.exec(line);
    if (item) {
      const ordered = /\d/.test(item[2] ?? '');
      const start = ordered ? Number.parseInt(item[2] ?? '1', 10) : 1;
      const items: BlockNode[][] = [];
      while (i < lines.length) {
        const head = LIST_ITEM.exec(lines[i] ?? '');
        if (!head || /\d/.test(head[2] ?? '') !== ordered) break;
        const contentIndent = (head[1]?.length ?? 0) + (head[2]?.length ?? 0) + 1;
        // A task-list item (`- [ ] …`, `- [x] …`, as a checklist of the notes is quoted) shows its box.
        const body: string[] = [
          (head[4] ?? '').replace(TASK_BOX, (_, mark: string) => (mark === ' ' ? '☐ ' : '☑ ')),
        ];
        i++;
        while (i < lines.length) {
          const current = lines[i] ?? '';
          const indent = current.length - current.trimStart().length;
          if (isBlank(current)) {
            const following = lines[i + 1];
            const followingIndent = following ? following.length - following.trimStart().length : 0;
            if (following === undefined || isBlank(following) || followingIndent < Math.min(contentIndent, 2))
              break;
            body.push('');
            i++;
            continue;
          }
          if (indent >= Math.min(contentIndent, 2)) {
            body.push(current.slice(Math.min(indent, contentIndent)));
            i++;
            continue;
          }
          // A lazy continuation line of the item's paragraph; a new item or block ends the item.
          if (startsBlock(current, lines[i + 1])) break;
          body.push(current);
          i++;
        }
        const children =
          nesting < MAX_NESTING ? parseBlocks(body, nesting + 1) : [paragraph(body.join('\n'))];
        items.push(children);
        // A blank line between items keeps the list going.
        if (isBlank(lines[i] ?? 'x') && LIST_ITEM.test(lines[i + 1] ?? '')) i++;
      }
      blocks.push({ type: 'list', ordered, start, items });
      continue;
    }

    const delimiter = lines[i + 1];
    if (
      line.includes('|') &&
      delimiter !== undefined &&
      TABLE_DELIMITER.test(delimiter) &&
      delimiter.includes('-')
    ) {
      const header = splitTableRow(line);
      const align = splitTableRow(delimiter).map(tableAlign);
      const rows: InlineNode[][][] = [];
      i += 2;
      while (i < lines.length && !isBlank(lines[i] ?? '') && (lines[i] ?? '').includes('|')) {
        const cells = splitTableRow(lines[i] ?? '');
        rows.push(header.map((_, c) => parseInline(cells[c] ?? '')));
        i++;
      }
      blocks.push({
        type: 'table',
        align: header.map((_, c) => align[c] ?? null),
        header: header.map((h) => parseInline(h)),
        rows,
      });
      continue;
    }

    const text: string[] = [line.trim()];
    i++;
    while (i < lines.length && !isBlank(lines[i] ?? '') && !startsBlock(lines[i] ?? '', lines[i + 1])) {
      text.push((lines[i] ?? '').trim());
      i++;
    }
    blocks.push(paragraph(text.join('\n')));
  }
  return blocks;
}

function paragraph(text: string): BlockNode {
  return { type: 'paragraph', children: parseInline(text) };
}

/**
 * Parses the safe markdown subset the tutor writes: paragraphs, headings, fenced code, lists (nested),
 * block quotes, pipe tables and rules, with `parseInline` inside. There is no HTML node: raw HTML is text,
 * so whatever renders this tree cannot inject markup. Unclosed constructs (a streaming answer) degrade to text.
 *
 * @example
 * parseMarkdown('**Namespaces** isolate processes [1].');
 */
export function parseMarkdown(markdown: string): BlockNode[] {
  return parseBlocks(markdown.replace(/\r\n?/g, '\n').replace(/\t/g, '    ').split('\n'), 0);
}
