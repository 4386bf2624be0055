// biome-ignore-all lint/suspicious/noArrayIndexKey: a markdown tree has no ids; a node's position is its identity
import { type ReactNode, useMemo } from 'react';
import type { BlockNode, InlineNode } from '@/lib/markdown/markdown-ast';
import { parseMarkdown } from '@/lib/markdown/parse-markdown';

export interface MarkdownViewProps {
  /** Markdown text (possibly still streaming in). */
  text: string;
  /** How many citations exist: `[n]` with 1 ≤ n ≤ this becomes a button, anything else stays text. */
  citationCount?: number;
  /** Accessible name of citation button `n`. */
  citationLabel?: (n: number) => string;
  /** Called when a citation mark is pressed. */
  onCitation?: (n: number) => void;
}

interface RenderContext {
  citationCount: number;
  citationLabel: (n: number) => string;
  onCitation: ((n: number) => void) | undefined;
}

function renderInline(nodes: InlineNode[], ctx: RenderContext): ReactNode[] {
  return nodes.map((node, k) => {
    switch (node.type) {
      case 'text':
        return node.value;
      case 'strong':
        return <strong key={k}>{renderInline(node.children, ctx)}</strong>;
      case 'emphasis':
        return <em key={k}>{renderInline(node.children, ctx)}</em>;
      case 'code':
        return (
          <code key={k} className="md-inline-code">
            {node.value}
          </code>
        );
      case 'link':
        return (
          <a key={k} href={node.href} target="_blank" rel="noopener noreferrer nofollow" className="md-link">
            {renderInline(node.children, ctx)}
          </a>
        );
      case 'citation':
        if (node.index < 1 || node.index > ctx.citationCount || !ctx.onCitation) return `[${node.index}]`;
        return (
          <button
            key={k}
            type="button"
            className="cite-mark"
            aria-label={ctx.citationLabel(node.index)}
            onClick={() => ctx.onCitation?.(node.index)}
          >
            {node.index}
          </button>
        );
      case 'break':
        return <br key={k} />;
      default:
        return null;
    }
  });
}

function renderBlocks(blocks: BlockNode[], ctx: RenderContext): ReactNode[] {
  return blocks.map((block, k) => {
    switch (block.type) {
      case 'paragraph':
        return <p key={k}>{renderInline(block.children, ctx)}</p>;
      case 'heading': {
        // Answer headings sit under the page's own h1/h2, so they start at h3.
        const level = Math.min(6, block.depth + 2);
        const Tag = `h${level}` as 'h3' | 'h4' | 'h5' | 'h6';
        return <Tag key={k}>{renderInline(block.children, ctx)}</Tag>;
      }
      case 'code':
        return (
          <pre key={k} className="md-code" data-lang={block.lang}>
            <code>{block.value}</code>
          </pre>
        );
      case 'list': {
        const items = block.items.map((item, n) => <li key={n}>{renderBlocks(item, ctx)}</li>);
        return block.ordered ? (
          <ol key={k} start={block.start === 1 ? undefined : block.start}>
            {items}
          </ol>
        ) : (
          <ul key={k}>{items}</ul>
        );
      }
      case 'blockquote':
        return <blockquote key={k}>{renderBlocks(block.children, ctx)}</blockquote>;
      case 'table':
        return (
          <div key={k} className="md-table-wrap">
            <table>
              <thead>
                <tr>
                  {block.header.map((cell, c) => (
                    <th
                      key={c}
                      style={block.align[c] ? { textAlign: block.align[c] ?? undefined } : undefined}
                    >
                      {renderInline(cell, ctx)}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {block.rows.map((row, r) => (
                  <tr key={r}>
                    {row.map((cell, c) => (
                      <td
                        key={c}
                        style={block.align[c] ? { textAlign: block.align[c] ?? undefined } : undefined}
                      >
                        {renderInline(cell, ctx)}
                      </td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        );
      case 'rule':
        return <hr key={k} />;
      default:
        return null;
    }
  });
}

/**
 * Renders markdown as React elements from a parsed tree. There is no `dangerouslySetInnerHTML` and no HTML
 * node in the tree, so the output is sanitised by construction: `<script>` is text, only http(s) links exist.
 */
export function MarkdownView({ text, citationCount = 0, citationLabel, onCitation }: MarkdownViewProps) {
  const ctx: RenderContext = {
    citationCount,
    citationLabel: citationLabel ?? ((n) => `[${n}]`),
    onCitation,
  };
  // Parsed once per text: while one message streams, the others are not parsed again on every delta.
  const blocks = useMemo(() => parseMarkdown(text), [text]);
  return <div className="md">{renderBlocks(blocks, ctx)}</div>;
}
