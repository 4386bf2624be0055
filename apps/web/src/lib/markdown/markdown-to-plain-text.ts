import type { BlockNode, InlineNode } from './markdown-ast';
import { parseMarkdown } from './parse-markdown';

function inlineText(nodes: InlineNode[]): string {
  return nodes
    .map((node) => {
      switch (node.type) {
        case 'text':
        case 'code':
          return node.value;
        case 'strong':
        case 'emphasis':
        case 'link':
          return inlineText(node.children);
        case 'citation':
          return `[${node.index}]`;
        case 'break':
          return ' ';
        default:
          return '';
      }
    })
    .join('');
}

function blockText(block: BlockNode): string {
  switch (block.type) {
    case 'paragraph':
    case 'heading':
      return inlineText(block.children);
    case 'code':
      return block.value;
    case 'list':
      return block.items
        .map((item, i) => `${block.ordered ? `${block.start + i}. ` : ''}${item.map(blockText).join(' ')}`)
        .join('\n');
    case 'blockquote':
      return block.children.map(blockText).join('\n');
    case 'table':
      return [block.header, ...block.rows].map((row) => row.map(inlineText).join(', ')).join('\n');
    default:
      return '';
  }
}

/**
 * An answer's markdown as plain text for a screen reader to read out: no markup characters, table rows as
 * comma-separated cells, list items on their own lines, citation marks kept as `[n]`.
 *
 * @example
 * markdownToPlainText('**Containers** share the kernel [1].'); // 'Containers share the kernel [1].'
 */
export function markdownToPlainText(markdown: string): string {
  return parseMarkdown(markdown)
    .map(blockText)
    .filter((text) => text.trim() !== '')
    .join('\n');
}
