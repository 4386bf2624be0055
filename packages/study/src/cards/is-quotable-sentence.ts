import type { Passage } from '@notetutor/notes';

const CHECKLIST = /^\s*(?:[-*+]\s*)?\[[ xX]\]/;
const SHELL_PROMPT = /^\s*[$#>]\s/;
// A command line: lower-case words, flags, paths and no sentence punctuation or CJK text.
const BARE_COMMAND = /^[a-z][\w.-]*(?:\s+(?:-{1,2}[\w-]+(?:=\S+)?|[\w./:=@-]+))+\s*$/;
const CJK = /[\u3400-\u9fff]/;
const LATIN_WORD = /[A-Za-z]{2,}/g;

/**
 * Whether a sentence of a passage may be quoted on a card: not code, a whole table (one row is) or HTML, not a checklist item,
 * table of contents or link list (`passage.role`), not a line starting with a checkbox,
 * not a shell command, not a heading repeated as text, and long enough to say something.
 *
 * @example
 * isQuotableSentence(passage, 'docker network ls'); // false: a bare command
 */
export function isQuotableSentence(passage: Passage, sentence: string): boolean {
  // A table row (`header: cell | header: cell`, with its header) reads as a statement; a whole table does not.
  if (passage.kind === 'code' || passage.kind === 'html') return false;
  if (passage.kind === 'table' && passage.tableHeader === undefined) return false;
  // Checklist items (their box already removed from the text), tables of contents and link lists.
  if (passage.role !== undefined) return false;
  const text = sentence.trim();
  if (CHECKLIST.test(text) || SHELL_PROMPT.test(text)) return false;
  if (passage.headingPath.some((heading) => heading.trim() === text)) return false;
  if (passage.inlineCode.some((code) => code.trim() === text)) return false;
  if (!CJK.test(text) && BARE_COMMAND.test(text)) return false;
  const substance = CJK.test(text)
    ? text.replace(/[\s\p{P}]/gu, '').length
    : (text.match(LATIN_WORD)?.length ?? 0);
  const minimum = CJK.test(text) ? 8 : 5;
  return substance >= minimum && text.length <= 400;
}
