import type { SentenceSpan } from './types';

// Full-width and ASCII marks that always end a sentence: 。！？；!? and the half-width ideographic stop.
const TERMINATORS = new Set([0x3002, 0xff01, 0xff1f, 0xff1b, 0x21, 0x3f, 0xff61]);
// Closing quotes and brackets that belong to the sentence they follow: `他说：“好。”` ends after `”`.
const CLOSERS = new Set([0x201d, 0x2019, 0x22, 0x27, 0x300d, 0x300f, 0xff09, 0x29, 0x3011, 0x5d, 0x300b]);
// Both as one table indexed by UTF-16 unit (read for every character of the notes: cheaper than a Set).
const IS_TERMINATOR = 1;
const IS_CLOSER = 2;
const MARKS = new Uint8Array(0x10000);
for (const c of TERMINATORS) MARKS[c] = (MARKS[c] as number) | IS_TERMINATOR;
for (const c of CLOSERS) MARKS[c] = (MARKS[c] as number) | IS_CLOSER;

function isTerminator(c: number): boolean {
  return ((MARKS[c] as number) & IS_TERMINATOR) !== 0;
}

function isCloser(c: number): boolean {
  return ((MARKS[c] as number) & IS_CLOSER) !== 0;
}

function isSpace(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0xa0 || c === 0x3000;
}

function isWhitespace(c: number): boolean {
  return isSpace(c) || c === 0x0a || c === 0x0d;
}

// A Latin letter, digit, or a closing mark after one: what may stand before a sentence-ending full stop.
function endsLatinWord(c: number): boolean {
  return (
    (c >= 0x61 && c <= 0x7a) ||
    (c >= 0x41 && c <= 0x5a) ||
    (c >= 0x30 && c <= 0x39) ||
    (c >= 0xc0 && c <= 0x24f) ||
    isCloser(c)
  );
}

/**
 * Splits a passage text into sentences, as offsets into it (whitespace trimmed, empty pieces dropped).
 * Ends a sentence after `。！？；!?` (and any closing quote or bracket right after), after a `.` that
 * follows a Latin word and is followed by a space and a word that is not lower case (so `e.g. docker`
 * stays whole), and at every newline.
 *
 * @example
 * const text = '容器共享内核。Cgroups limit CPU. It works!';
 * splitSentences(text).map((s) => text.slice(s.start, s.end)); // ['容器共享内核。', 'Cgroups limit CPU.', 'It works!']
 */
export function splitSentences(text: string): SentenceSpan[] {
  const spans: SentenceSpan[] = [];
  const length = text.length;
  let start = 0;
  for (let i = 0; i < length; i++) {
    const c = text.charCodeAt(i);
    // A code span (`a?.b`, `#!c x = 1`) is never cut: skip to its closing fence on the same line.
    if (c === 0x60) {
      i = codeSpanEnd(text, i) - 1;
      continue;
    }
    let end = -1;
    if (c === 0x0a) {
      end = i;
    } else if (isTerminator(c)) {
      // `?` and `!` inside a URL (`https://x.io/a?b=1`) end nothing.
      if ((c === 0x3f || c === 0x21) && insideUrl(text, i)) continue;
      end = i + 1;
      while (end < length && (MARKS[text.charCodeAt(end)] as number) !== 0) end++;
    } else if (c === 0x2e && i > 0 && endsLatinWord(text.charCodeAt(i - 1))) {
      let stop = i + 1;
      while (stop < length && isCloser(text.charCodeAt(stop))) stop++;
      if (!isSpace(text.charCodeAt(stop))) continue;
      let next = stop;
      while (next < length && isSpace(text.charCodeAt(next))) next++;
      const after = text.charCodeAt(next);
      // `e.g. docker`: a lower-case word after the full stop continues the sentence.
      if (after >= 0x61 && after <= 0x7a) continue;
      end = stop;
    }
    if (end < 0) continue;
    pushTrimmed(text, start, end, spans);
    start = end;
    i = Math.max(i, end - 1);
  }
  pushTrimmed(text, start, length, spans);
  return spans;
}

/** How far back a URL's scheme is looked for: a longer token is not taken for a URL. */
const MAX_URL_LOOKBACK = 2048;
const URL_START = /(?:https?:\/\/|www\.)\S*$/i;

/** Whether `text[i]` is inside a URL: the run of non-space characters before it starts with one. */
function insideUrl(text: string, i: number): boolean {
  let from = i;
  while (from > 0 && i - from < MAX_URL_LOOKBACK && !isWhitespace(text.charCodeAt(from - 1))) from--;
  if (i + 1 >= text.length || isWhitespace(text.charCodeAt(i + 1))) return false;
  return URL_START.test(text.slice(from, i));
}

/** The offset after the code span opening at `at` (the fence's end when it never closes on its line). */
function codeSpanEnd(text: string, at: number): number {
  let fence = 0;
  while (text.charCodeAt(at + fence) === 0x60) fence++;
  const marker = '`'.repeat(fence);
  for (let from = at + fence; ; ) {
    const close = text.indexOf(marker, from);
    const newline = text.indexOf('\n', at);
    if (close < 0 || (newline >= 0 && close > newline)) return at + fence;
    let after = close + fence;
    if (text.charCodeAt(after) !== 0x60) return after;
    while (text.charCodeAt(after) === 0x60) after++;
    from = after;
  }
}

function pushTrimmed(text: string, from: number, to: number, spans: SentenceSpan[]): void {
  let s = from;
  let e = to;
  while (s < e && isWhitespace(text.charCodeAt(s))) s++;
  while (e > s && isWhitespace(text.charCodeAt(e - 1))) e--;
  if (e > s) spans.push({ start: s, end: e });
}
