/**
 * An admonition or content tab of MkDocs/Material and Python-Markdown (`!!! note "Title"`, `??? tip`, `???+ warning`,
 * `=== "Tab"`), whose body is the indented block below it.
 */
const MARKER =
  /^([ \t]*)(?:!!!|\?\?\?\+?|===)[ \t]+(?:[\w-]+(?:[ \t]+[\w-]+)*(?:[ \t]+"[^"]*")?|"[^"]*")[ \t]*$/u;
const FENCE = /^[ \t]*(`{3,}|~{3,})/u;
const BODY_INDENT = 4;

/**
 * Notes written for MkDocs put content inside admonitions (`!!! abstract` and a block indented by four spaces).
 * CommonMark reads that block as code after its first paragraph, and the marker as text (`!!! abstract浙江大学…`).
 * This blanks each marker line and takes four columns off its body, so the body parses as the prose, lists and
 * quotes it is. The line count never changes (passages keep their line numbers); fenced code is left alone.
 *
 * @example
 * unwrapAdmonitions('!!! note\n    Text\n'); // '\nText\n'
 */
export function unwrapAdmonitions(text: string): string {
  if (!text.includes('!!!') && !text.includes('???') && !text.includes('===')) return text;
  const lines = text.split('\n');
  /** Columns each open admonition's body starts at, outermost first. */
  const bodies: number[] = [];
  let fence: string | undefined;
  let changed = false;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as string;
    const blank = line.trim() === '';
    if (!blank) {
      const width = indentWidth(line);
      while (bodies.length > 0 && width < (bodies[bodies.length - 1] as number)) bodies.pop();
    }
    const depth = bodies.length;
    const dedented = depth > 0 ? removeColumns(line, depth * BODY_INDENT) : line;
    if (dedented !== line) {
      lines[i] = dedented;
      changed = true;
    }
    const fenceMatch = FENCE.exec(dedented);
    if (fence !== undefined) {
      if (fenceMatch?.[1]?.startsWith(fence)) fence = undefined;
      continue;
    }
    if (fenceMatch) {
      fence = fenceMatch[1];
      continue;
    }
    const marker = MARKER.exec(line);
    if (marker) {
      bodies.push(indentWidth(line) + BODY_INDENT);
      lines[i] = '';
      changed = true;
    }
  }
  return changed ? lines.join('\n') : text;
}

function indentWidth(line: string): number {
  let width = 0;
  for (const c of line) {
    if (c === ' ') width++;
    else if (c === '\t') width += 4 - (width % 4);
    else break;
  }
  return width;
}

/** The line with up to `columns` columns of leading whitespace taken off (a tab counts to the next stop of 4). */
function removeColumns(line: string, columns: number): string {
  let width = 0;
  let at = 0;
  while (at < line.length && width < columns) {
    const c = line[at];
    if (c === ' ') width++;
    else if (c === '\t') width += 4 - (width % 4);
    else break;
    at++;
  }
  return line.slice(at);
}
