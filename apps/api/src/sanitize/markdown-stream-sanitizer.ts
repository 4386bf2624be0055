import { type LinkPolicy, sanitizeMarkdown } from './sanitize-markdown';

/** Past this many held-back characters an unfinished construct is given up on and let out, sanitised. */
const MAX_HOLD = 2_000;

/**
 * {@link sanitizeMarkdown} for text that arrives in pieces (a streamed answer): a piece is let out up to the
 * first `[`, `!` or `<` whose construct may still be completed by a later piece (`[click](javas` …), so a
 * link or image split across pieces is judged whole. What is let out never changes afterwards.
 *
 * @example
 * const s = new MarkdownStreamSanitizer({ allowLink: () => false });
 * s.push('see [here](https://ev'); // 'see '
 * s.push('il.example) now');        // 'here now'
 */
export class MarkdownStreamSanitizer {
  private held = '';

  constructor(private readonly policy: LinkPolicy) {}

  /** The safe text this piece completes (possibly empty). */
  push(piece: string): string {
    this.held += piece;
    const cut = this.safeEnd(this.held);
    if (cut === 0) return '';
    const out = this.held.slice(0, cut);
    this.held = this.held.slice(cut);
    return sanitizeMarkdown(out, this.policy);
  }

  /** The rest, at the end of the text. */
  flush(): string {
    const out = this.held;
    this.held = '';
    return sanitizeMarkdown(out, this.policy);
  }

  /** Where the text may be cut: before the first construct that a later piece could still complete. */
  private safeEnd(text: string): number {
    if (text.length > MAX_HOLD) return text.length;
    for (let i = 0; i < text.length; i++) {
      const c = text[i];
      if (c === '<' || c === '!' || c === '[') {
        if (!this.decided(text, i)) return i;
      }
    }
    return text.length;
  }

  /** Whether the construct that may start at `i` is complete or impossible with what has arrived. */
  private decided(text: string, i: number): boolean {
    const c = text[i];
    if (c === '<') {
      const close = text.indexOf('>', i);
      const newline = text.indexOf('\n', i);
      return close >= 0 || newline >= 0 || (i + 1 < text.length && !/[a-z/!?]/i.test(text[i + 1] as string));
    }
    if (c === '!') return i + 1 < text.length && text[i + 1] !== '[';
    // `[label]` then `(url)` or `[ref]` or `:` (a definition): decided once the part after `]` is.
    const end = text.indexOf(']', i);
    if (end < 0) return text.indexOf('\n', i) >= 0;
    if (end + 1 >= text.length) return false;
    const next = text[end + 1];
    if (next === '(') return text.indexOf(')', end) >= 0 || text.indexOf('\n', end) >= 0;
    if (next === '[') return text.indexOf(']', end + 1) >= 0 || text.indexOf('\n', end) >= 0;
    return true;
  }
}
