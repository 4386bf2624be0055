/** A run of backticks, the code it opens and the same run closing it (one line at most). */
const CODE_SPAN = /(`+)(?!`)([^\n]*?[^`\n])\1(?!`)/g;

/**
 * Where a text (markdown source) has inline code: `[start, end)` of each span, backticks included.
 *
 * @example
 * codeSpans('用 `fork()` 创建'); // [[2, 10]]
 */
export function codeSpans(text: string): Array<[number, number]> {
  if (!text.includes('`')) return [];
  const spans: Array<[number, number]> = [];
  for (const m of text.matchAll(CODE_SPAN)) spans.push([m.index, m.index + m[0].length]);
  return spans;
}

/**
 * An inline code span that is program code: a highlighting prefix (`#!c`), a call (`f(x)`), an address or a
 * pointer (`&x`, `*p`), a block (`awk '{ print $6 }'`).
 */
export function isProgramCode(span: string): boolean {
  return /^`+#!\w/.test(span) || /\w\(|[&*]\w|\{[^}]*\}/.test(span);
}

/**
 * The text with its inline program code blanked (`isProgramCode`; same length, so offsets hold).
 *
 * @example
 * blankProgramCode('例如 `#!c increment(&sequence)` 来增加'); // '例如                           来增加'
 */
export function blankProgramCode(text: string): string {
  if (!text.includes('`')) return text;
  return text.replace(CODE_SPAN, (code) => (isProgramCode(code) ? ' '.repeat(code.length) : code));
}

/**
 * The text with every inline code span blanked (same length, so offsets hold): what the prose says around it.
 *
 * @example
 * blankCodeSpans('增加 `sequence` 的值'); // '增加            的值'
 */
export function blankCodeSpans(text: string): string {
  if (!text.includes('`')) return text;
  return text.replace(CODE_SPAN, (code) => ' '.repeat(code.length));
}

/** Whether `[start, end)` lies inside one of the spans (sorted, as `codeSpans` gives them). */
export function insideSpans(
  spans: ReadonlyArray<readonly [number, number]>,
  start: number,
  end: number,
): boolean {
  for (const [s, e] of spans) {
    if (s > start) return false;
    if (start >= s && end <= e) return true;
  }
  return false;
}
