/** Streaming rewriter of citation marks. */
export interface FootnoteMarks {
  /** Rewrites a piece of text; may hold back a trailing partial mark (`[1`) until the next piece. */
  push(text: string): string;
  /** Returns whatever is held back. */
  flush(): string;
  /** The original mark numbers in the order they were first used; footnote `k` is `used()[k-1]`. */
  used(): number[];
}

const MARK = /\[(\d{1,3})\]/g;
const PARTIAL_MARK_AT_END = /\[\d{0,3}$/;

/**
 * Turns the tutor's citation marks `[n]` (for `n` from 1 to `citationCount`; other bracketed numbers are left
 * alone) into markdown footnote references numbered in order of first use: the first cited passage is
 * `[^1]`, the next new one `[^2]`, and so on, whatever their places in the citation list. Works on streamed
 * text: a mark split across two deltas is still found.
 *
 * @example
 * const marks = createFootnoteMarks(3);
 * marks.push('Namespaces isolate [') + marks.push('3] processes [1][3].') + marks.flush();
 * // 'Namespaces isolate [^1] processes [^2][^1].'
 * marks.used(); // [3, 1]
 */
export function createFootnoteMarks(citationCount: number): FootnoteMarks {
  let pending = '';
  const order = new Map<number, number>();
  const rewrite = (text: string) =>
    text.replace(MARK, (mark, digits: string) => {
      const n = Number(digits);
      if (n < 1 || n > citationCount) return mark;
      let footnote = order.get(n);
      if (footnote === undefined) {
        footnote = order.size + 1;
        order.set(n, footnote);
      }
      return `[^${footnote}]`;
    });
  return {
    push(text) {
      const combined = pending + text;
      const partial = PARTIAL_MARK_AT_END.exec(combined);
      const cut = partial ? partial.index : combined.length;
      pending = combined.slice(cut);
      return rewrite(combined.slice(0, cut));
    },
    flush() {
      const rest = pending;
      pending = '';
      return rewrite(rest);
    },
    used() {
      return [...order.keys()];
    },
  };
}
