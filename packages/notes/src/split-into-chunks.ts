/** A piece of a markdown body that parses on its own, and the 0-based line it starts on. */
export interface MarkdownChunk {
  text: string;
  firstLine: number;
}

const FENCE = /^( *)(`{3,}|~{3,})/;
const HEADING = /^#{1,6}(?:[ \t]|$)/;
const HTML_START = /^ {0,3}</;
// Constructs that can reach across a heading: link reference definitions (used anywhere in the file), and
// HTML blocks that only end at their own end marker (comments, <pre>, <script>, <style>, <textarea>).
const CROSS_CHUNK = /^ {0,3}\[[^\]\n]+\]:|<(?:!--|(?:pre|script|style|textarea)\b)/im;

/**
 * Cuts a long markdown body into pieces that each parse the same on their own as inside the whole, so the
 * parser never holds the tokens of a whole large file at once (less memory, less garbage collection).
 * Cuts only before an ATX heading in column 0 that is outside any fenced code and any HTML block — such a
 * line always starts a new block — and only when no construct in the file can reach across it. Short
 * bodies, and bodies without safe cuts, come back whole.
 *
 * @example
 * splitIntoChunks(longText, 64 * 1024); // [{ text, firstLine: 0 }, { text, firstLine: 2113 }, …]
 */
export function splitIntoChunks(body: string, minChunkChars: number): MarkdownChunk[] {
  if (body.length < minChunkChars * 2 || CROSS_CHUNK.test(body)) return [{ text: body, firstLine: 0 }];
  const chunks: MarkdownChunk[] = [];
  let chunkStart = 0;
  let chunkFirstLine = 0;
  let line = 0;
  let fence: { char: string; length: number; indent: number } | undefined;
  let htmlOpen = false;
  for (let start = 0; start < body.length; line++) {
    const newline = body.indexOf('\n', start);
    const end = newline === -1 ? body.length : newline;
    const text = body.slice(start, end);
    if (fence) {
      const match = FENCE.exec(text);
      const closes =
        match?.[2]?.[0] === fence.char &&
        (match[2]?.length ?? 0) >= fence.length &&
        (match[1]?.length ?? 0) <= fence.indent + 3 &&
        text.slice(match[0].length).trim() === '';
      if (closes) fence = undefined;
    } else if (text.trim() === '') {
      htmlOpen = false;
    } else if (HEADING.test(text) && !htmlOpen) {
      if (start - chunkStart >= minChunkChars) {
        chunks.push({ text: body.slice(chunkStart, start), firstLine: chunkFirstLine });
        chunkStart = start;
        chunkFirstLine = line;
      }
    } else {
      const match = FENCE.exec(text);
      if (match && !(match[2]?.[0] === '`' && text.slice(match[0].length).includes('`'))) {
        fence = { char: match[2]?.[0] ?? '`', length: match[2]?.length ?? 3, indent: match[1]?.length ?? 0 };
      } else if (HTML_START.test(text)) {
        htmlOpen = true;
      }
    }
    start = end + 1;
  }
  chunks.push({ text: body.slice(chunkStart), firstLine: chunkFirstLine });
  return chunks;
}
