import type { InlineNode } from './markdown-ast';
import { safeHref } from './safe-href';

const ASCII_PUNCTUATION = /[!-/:-@[-`{-~]/;
const WORD_CHAR = /[\p{L}\p{N}]/u;
const CITATION = /^\[(\d{1,3}(?:\s*,\s*\d{1,3})*)\]/;
const AUTOLINK = /^<(https?:\/\/[^\s<>]+)>/i;
const BARE_URL = /^https?:\/\/[^\s<>()[\]{}"'`，。；、）」]+/i;
const MAX_DEPTH = 6;
/** How far a closing delimiter or bracket is looked for: keeps hostile input linear, not quadratic. */
const LOOKAHEAD = 2000;

function pushText(out: InlineNode[], value: string): void {
  if (value === '') return;
  const last = out.at(-1);
  if (last?.type === 'text') last.value += value;
  else out.push({ type: 'text', value });
}

function runLength(src: string, at: number, ch: string): number {
  let n = 0;
  while (src[at + n] === ch) n++;
  return n;
}

/** Index of the code span's closing backtick run of exactly `run` backticks, or -1. */
function findCodeClose(src: string, from: number, run: number): number {
  let k = from;
  while (k < src.length) {
    const at = src.indexOf('`', k);
    if (at === -1 || at > from + LOOKAHEAD) return -1;
    const len = runLength(src, at, '`');
    if (len === run) return at;
    k = at + len;
  }
  return -1;
}

/**
 * Per delimiter, a stretch `[from, until)` already searched in vain for a closer: a later opener inside it
 * resumes at `until` instead of searching the same text again, so a run of openers that never close
 * (`_a _a _a …`) costs one pass over the text, not one pass per opener.
 */
type CloserMemo = Map<string, { from: number; until: number }>;

/** Index of a closing emphasis delimiter `delim` (`*`, `**`, `_`, `__`) after `from`, or -1. */
function findDelimiterClose(src: string, from: number, delim: string, memo: CloserMemo): number {
  const ch = delim[0] ?? '*';
  const limit = Math.min(src.length, from + LOOKAHEAD);
  const searched = memo.get(delim);
  const resumed = searched !== undefined && searched.from <= from && from < searched.until;
  let k = resumed ? searched.until : from;
  while (k < limit) {
    const c = src[k];
    if (c === '\\') {
      k += 2;
      continue;
    }
    if (c === '`') {
      const run = runLength(src, k, '`');
      const close = findCodeClose(src, k + run, run);
      k = close === -1 ? k + run : close + run;
      continue;
    }
    if (c === ch) {
      const run = runLength(src, k, ch);
      const before = src[k - 1] ?? ' ';
      const after = src[k + run] ?? ' ';
      const closesHere = k > from && !/\s/.test(before) && (ch !== '_' || !WORD_CHAR.test(after));
      // A double run inside single emphasis is nested strong (and vice versa): skip it.
      if (closesHere && (delim.length === 1 ? run === 1 : run >= 2)) return k;
      k += run;
      continue;
    }
    k++;
  }
  memo.set(delim, { from: resumed ? searched.from : from, until: Math.max(k, limit) });
  return -1;
}

/**
 * For every opening bracket of `src`, the index of the one closing it (nested pairs counted, a backslash escaping
 * the next character), or -1 when none does within {@link LOOKAHEAD} characters; with `lineBound`, a newline
 * leaves every bracket still open unmatched. One pass with a stack for the whole text, so a run of openers that
 * never close (`[a [a [a …`) costs one pass, not one search of {@link LOOKAHEAD} characters each.
 */
function matchBrackets(src: string, open: string, close: string, lineBound: boolean): Int32Array {
  const match = new Int32Array(src.length).fill(-1);
  const stack: number[] = [];
  for (let k = 0; k < src.length; k++) {
    const c = src[k];
    if (c === '\\') k++;
    else if (c === open) stack.push(k);
    else if (c === close) {
      const from = stack.pop();
      if (from !== undefined && k < from + LOOKAHEAD) match[from] = k;
    } else if (c === '\n' && lineBound) stack.length = 0;
  }
  return match;
}

/** The bracket pairs of one text, found on first use (see {@link matchBrackets}). */
function bracketPairs(src: string) {
  let squares: Int32Array | undefined;
  let parens: Int32Array | undefined;
  return {
    /** Index of the `]` matching the `[` at `open`, or -1. */
    squareClose(open: number): number {
      squares ??= matchBrackets(src, '[', ']', false);
      return squares[open] ?? -1;
    },
    /** Index of the `)` matching the `(` at `open` on the same line, or -1. */
    parenClose(open: number): number {
      parens ??= matchBrackets(src, '(', ')', true);
      return parens[open] ?? -1;
    },
  };
}

function trimUrlEnd(url: string): string {
  return url.replace(/[.,;:!?]+$/, '');
}

/**
 * Parses inline markdown: `code`, **strong**, *emphasis*, [links](https://…) (http/https only), <autolinks>,
 * bare URLs, `[n]` citation marks and line breaks. Everything else, HTML included, is text.
 */
export function parseInline(src: string, depth = 0): InlineNode[] {
  const out: InlineNode[] = [];
  const memo: CloserMemo = new Map();
  const pairs = bracketPairs(src);
  let i = 0;
  while (i < src.length) {
    const ch = src[i] ?? '';
    const next = src[i + 1] ?? '';

    if (ch === '\\' && ASCII_PUNCTUATION.test(next)) {
      pushText(out, next);
      i += 2;
      continue;
    }
    if (ch === '\n') {
      out.push({ type: 'break' });
      i++;
      continue;
    }
    if (ch === '`') {
      const run = runLength(src, i, '`');
      const close = findCodeClose(src, i + run, run);
      if (close === -1) {
        pushText(out, '`'.repeat(run));
        i += run;
        continue;
      }
      let value = src.slice(i + run, close).replace(/\n/g, ' ');
      if (value.length > 2 && value.startsWith(' ') && value.endsWith(' ') && value.trim())
        value = value.slice(1, -1);
      out.push({ type: 'code', value });
      i = close + run;
      continue;
    }
    if ((ch === '*' || ch === '_') && depth < MAX_DEPTH) {
      const run = runLength(src, i, ch);
      const prev = src[i - 1] ?? ' ';
      const canOpen = ch === '*' || !WORD_CHAR.test(prev);
      let matched = false;
      for (const width of run >= 2 ? [2, 1] : [1]) {
        const after = src[i + width] ?? ' ';
        if (!canOpen || /\s/.test(after)) continue;
        const delim = ch.repeat(width);
        const close = findDelimiterClose(src, i + width, delim, memo);
        if (close === -1) continue;
        const children = parseInline(src.slice(i + width, close), depth + 1);
        out.push(width === 2 ? { type: 'strong', children } : { type: 'emphasis', children });
        i = close + width;
        matched = true;
        break;
      }
      if (!matched) {
        pushText(out, ch.repeat(run));
        i += run;
      }
      continue;
    }
    if (ch === '[') {
      const citation = CITATION.exec(src.slice(i, i + 40));
      if (citation && src[i + citation[0].length] !== '(') {
        for (const n of (citation[1] ?? '').split(','))
          out.push({ type: 'citation', index: Number(n.trim()) });
        i += citation[0].length;
        continue;
      }
      const labelEnd = pairs.squareClose(i);
      if (labelEnd !== -1 && src[labelEnd + 1] === '(' && depth < MAX_DEPTH) {
        const urlEnd = pairs.parenClose(labelEnd + 1);
        if (urlEnd !== -1) {
          const target = src.slice(labelEnd + 2, urlEnd).trim();
          const url = target.split(/\s+/)[0] ?? '';
          const href = safeHref(url.replace(/^<(.*)>$/, '$1'));
          if (href) {
            out.push({ type: 'link', href, children: parseInline(src.slice(i + 1, labelEnd), depth + 1) });
            i = urlEnd + 1;
            continue;
          }
        }
      }
      pushText(out, '[');
      i++;
      continue;
    }
    if (ch === '<') {
      const autolink = AUTOLINK.exec(src.slice(i, i + 2048));
      const href = autolink ? safeHref(autolink[1] ?? '') : undefined;
      if (autolink && href) {
        out.push({ type: 'link', href, children: [{ type: 'text', value: autolink[1] ?? href }] });
        i += autolink[0].length;
        continue;
      }
      pushText(out, '<');
      i++;
      continue;
    }
    if ((ch === 'h' || ch === 'H') && !WORD_CHAR.test(src[i - 1] ?? ' ')) {
      const bare = BARE_URL.exec(src.slice(i, i + 2048));
      if (bare) {
        const text = trimUrlEnd(bare[0]);
        const href = safeHref(text);
        if (href) {
          out.push({ type: 'link', href, children: [{ type: 'text', value: text }] });
          i += text.length;
          continue;
        }
      }
    }
    pushText(out, ch);
    i++;
  }
  return out;
}
