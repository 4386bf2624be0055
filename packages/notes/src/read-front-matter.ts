import { parseDocument } from 'yaml';

/** The YAML front matter of a notes file, and the markdown body after it. */
export interface FrontMatterSplit {
  data: Record<string, unknown>;
  /** The text after the front matter (the whole text when there is none). */
  body: string;
  /** How many lines the front matter took, so body line numbers can be mapped back to the file. */
  bodyLineOffset: number;
  /** Set when a front matter block was found but could not be used. */
  warning?: string;
}

const OPENING = /^---[ \t]*\n/;
const CLOSING = /^(?:---|\.\.\.)[ \t]*$/gm;
// Front matter is a few lines of metadata; anything past this is not front matter worth waiting for.
const MAX_FRONT_MATTER_CHARS = 64 * 1024;

/**
 * Splits `---` … `---` YAML front matter off the top of cleaned notes text (LF line endings) and parses
 * it. Broken YAML, or YAML that is not a key/value map, is ignored with a warning rather than thrown.
 *
 * @example
 * readFrontMatter('---\nlang: en\n---\n# Title\n'); // { data: { lang: 'en' }, body: '# Title\n', bodyLineOffset: 3 }
 */
export function readFrontMatter(text: string): FrontMatterSplit {
  const none: FrontMatterSplit = { data: {}, body: text, bodyLineOffset: 0 };
  if (!OPENING.test(text)) return none;
  const start = text.indexOf('\n') + 1;
  CLOSING.lastIndex = start;
  const close = CLOSING.exec(text);
  if (!close || close.index > MAX_FRONT_MATTER_CHARS) return none;
  const yamlText = text.slice(start, close.index);
  const afterClose = text.indexOf('\n', close.index);
  const body = afterClose === -1 ? '' : text.slice(afterClose + 1);
  const bodyLineOffset = countLines(text, 0, afterClose === -1 ? text.length : afterClose + 1);
  const split = { data: {}, body, bodyLineOffset };

  const simple = readPlainLines(yamlText);
  if (simple) return { ...split, data: simple };
  const doc = parseDocument(yamlText, { prettyErrors: false, uniqueKeys: false });
  const firstError = doc.errors[0];
  if (firstError) {
    return {
      ...split,
      warning: `front matter is not valid YAML and was ignored (${firstLine(firstError.message)})`,
    };
  }
  let value: unknown;
  try {
    value = doc.toJS({ maxAliasCount: 50 });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return { ...split, warning: `front matter could not be read and was ignored (${firstLine(message)})` };
  }
  if (value === null || value === undefined) return split;
  if (typeof value !== 'object' || Array.isArray(value)) {
    return { ...split, warning: 'front matter is not a list of `key: value` lines and was ignored' };
  }
  return { ...split, data: value as Record<string, unknown> };
}

/** `key: value`, the value starting with a letter (no quote, indicator, number or `~`), printable characters only. */
const PLAIN_LINE =
  /^([A-Za-z][A-Za-z0-9_-]*):[ ]+([A-Za-z\u3400-\u9fff][ -~\u00a0-\u2027\u202a-\ufefe\uff00-\uffff]*?)[ ]*$/;
/** What would make YAML read the value otherwise: a comment or a nested key. */
const NOT_PLAIN = /: |:$| #/;
/** The words YAML 1.2 (the core schema) reads as null or a boolean. */
const SPECIAL_WORDS = new Set(['null', 'Null', 'NULL', 'true', 'True', 'TRUE', 'false', 'False', 'FALSE']);

/**
 * Front matter made only of `key: plain text` lines (`lang: en`, `translation_of: notes.zh.md`), read without
 * the YAML parser (which costs more than the rest of a small file's parse): exactly what YAML would give, or
 * undefined for anything else (quotes, numbers, lists, comments, a repeated key…), which YAML then reads.
 */
function readPlainLines(yamlText: string): Record<string, string> | undefined {
  const data: Record<string, string> = {};
  for (const line of yamlText.split('\n')) {
    if (line === '') continue;
    const match = PLAIN_LINE.exec(line);
    const key = match?.[1];
    const value = match?.[2];
    if (key === undefined || value === undefined) return undefined;
    if (SPECIAL_WORDS.has(key) || SPECIAL_WORDS.has(value) || NOT_PLAIN.test(value)) return undefined;
    if (Object.hasOwn(data, key)) return undefined;
    data[key] = value;
  }
  return data;
}

function countLines(text: string, from: number, to: number): number {
  let lines = 0;
  for (let i = text.indexOf('\n', from); i !== -1 && i < to; i = text.indexOf('\n', i + 1)) lines++;
  return lines;
}

function firstLine(message: string): string {
  return (message.split('\n')[0] ?? message).trim();
}
