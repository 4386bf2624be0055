import { readHtmlTag } from './read-html-tag';

// Presentational tags people use to colour or style a line in their notes.
const INLINE_TAGS = new Set([
  'font',
  'b',
  'strong',
  'i',
  'em',
  'u',
  's',
  'del',
  'span',
  'br',
  'mark',
  'small',
  'big',
  'sup',
  'sub',
  'center',
  'p',
  'code',
  'kbd',
  'a',
]);
const ANY_TAG = /<\/?[A-Za-z][^<>]*>/g;

/**
 * True when an indented code block is really a line of styled text that happened to be indented four
 * spaces (`    <font color=Blue>1.容器与虚拟机有什么区别？</font>`): it starts with a tag, every tag in it is a
 * presentational inline tag, and there is text outside the tags.
 */
export function looksLikeInlineHtml(code: string): boolean {
  const trimmed = code.trim();
  if (!trimmed.startsWith('<')) return false;
  let tags = 0;
  ANY_TAG.lastIndex = 0;
  for (let match = ANY_TAG.exec(trimmed); match; match = ANY_TAG.exec(trimmed)) {
    const tag = readHtmlTag(match[0]);
    if (!tag || !INLINE_TAGS.has(tag.name)) return false;
    tags++;
  }
  if (tags === 0) return false;
  return trimmed.replace(ANY_TAG, '').trim() !== '';
}
