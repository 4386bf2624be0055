/** Inline content of the safe markdown subset the chat renders. */
export type InlineNode =
  | { type: 'text'; value: string }
  | { type: 'strong'; children: InlineNode[] }
  | { type: 'emphasis'; children: InlineNode[] }
  | { type: 'code'; value: string }
  /** `href` is always an absolute http(s) URL; anything else stays text. */
  | { type: 'link'; href: string; children: InlineNode[] }
  /** `[n]`: a 1-based citation mark. */
  | { type: 'citation'; index: number }
  | { type: 'break' };

export type TableAlign = 'left' | 'center' | 'right' | null;

/** Block content of the safe markdown subset. Raw HTML has no node: it is text. */
export type BlockNode =
  | { type: 'paragraph'; children: InlineNode[] }
  | { type: 'heading'; depth: number; children: InlineNode[] }
  | { type: 'code'; lang: string | undefined; value: string }
  | { type: 'list'; ordered: boolean; start: number; items: BlockNode[][] }
  | { type: 'blockquote'; children: BlockNode[] }
  | { type: 'table'; align: TableAlign[]; header: InlineNode[][]; rows: InlineNode[][][] }
  | { type: 'rule' };
