import type { Token } from 'markdown-it';
import { appendLineBreak, appendSoftBreak, appendText, type PassageDraft } from './passage-draft';
import { readHtmlTag } from './read-html-tag';

/** Open inline spans whose text is recorded when they close. */
interface SpanState {
  strongDepth: number;
  strongStart: number;
  links: Array<{ url: string; start: number }>;
  codeStart: number;
}

/** Flattens inline tokens (an image's alt, say) to their plain text. */
export function inlinePlainText(tokens: Token[] | null): string {
  if (!tokens) return '';
  let out = '';
  for (const token of tokens) {
    if (token.type === 'text' || token.type === 'code_inline' || token.type === 'text_special')
      out += token.content;
    else if (token.type === 'softbreak' || token.type === 'hardbreak') out += ' ';
    else if (token.type === 'image') out += inlinePlainText(token.children);
  }
  return out;
}

/**
 * Appends markdown-it inline tokens to a draft: text (entities already decoded by markdown-it), inline
 * code kept in the text and listed in `inlineCode`, `**bold**` / `<b>` / `<strong>` listed in `emphasis`,
 * links kept as their text with the URL recorded, images recorded but their alt text left out of the
 * text, `<br>` as a line break, and every other HTML tag dropped with its inner text kept.
 */
export function renderInline(tokens: Token[] | null, draft: PassageDraft): void {
  if (!tokens) return;
  const spans: SpanState = { strongDepth: 0, strongStart: 0, links: [], codeStart: -1 };
  for (const token of tokens) {
    switch (token.type) {
      case 'text':
      case 'text_special':
        appendText(draft, token.content);
        if (spans.links.length === 0 && token.content.includes('://')) recordBareUrls(draft, token.content);
        break;
      case 'softbreak':
        appendSoftBreak(draft);
        break;
      case 'hardbreak':
        appendLineBreak(draft);
        break;
      case 'code_inline':
        // Kept as a code span, so a quote shows `netdev_max_backlog` as the notes do (a longer fence when the
        // code itself holds backticks).
        appendText(draft, codeSpan(token.content), false);
        if (token.content.trim() !== '') draft.inlineCode.push(token.content.trim());
        break;
      case 'strong_open':
        openStrong(draft, spans);
        break;
      case 'strong_close':
        closeStrong(draft, spans);
        break;
      case 'link_open':
        openLink(draft, spans, String(token.attrGet('href') ?? ''));
        break;
      case 'link_close':
        closeLink(draft, spans);
        break;
      case 'image':
        addImage(draft, String(token.attrGet('src') ?? ''), inlinePlainText(token.children));
        break;
      case 'html_inline':
        renderHtmlTag(token.content, draft, spans);
        break;
      default:
        // em, strikethrough: their text arrives as `text` tokens; the markers carry nothing to keep.
        break;
    }
  }
  // Spans left open by unbalanced HTML (`<b>` without `</b>`) end with the inline content.
  if (spans.strongDepth > 0) {
    spans.strongDepth = 1;
    closeStrong(draft, spans);
  }
  while (spans.links.length > 0) closeLink(draft, spans);
  if (spans.codeStart >= 0) closeCode(draft, spans);
}

/**
 * Appends a run of raw HTML (an HTML block, or an indented block that only holds inline HTML) to a draft:
 * tags dropped, entities decoded, `<br>`/`<p>`/`<div>`/`<li>` as line breaks, newlines as soft breaks,
 * `<script>`/`<style>` contents and comments removed, `<img>` recorded as an image.
 */
export function renderHtml(html: string, draft: PassageDraft, decode: (s: string) => string): void {
  const spans: SpanState = { strongDepth: 0, strongStart: 0, links: [], codeStart: -1 };
  const cleaned = html
    .replace(/<!--[\s\S]*?(?:-->|$)/g, '')
    .replace(/<(script|style)\b[\s\S]*?(?:<\/\1\s*>|$)/gi, '');
  const tagPattern = /<\/?[A-Za-z][^<>]*>/g;
  let last = 0;
  for (let match = tagPattern.exec(cleaned); match; match = tagPattern.exec(cleaned)) {
    appendHtmlText(cleaned.slice(last, match.index), draft, decode);
    renderHtmlTag(match[0], draft, spans);
    last = match.index + match[0].length;
  }
  appendHtmlText(cleaned.slice(last), draft, decode);
  if (spans.strongDepth > 0) {
    spans.strongDepth = 1;
    closeStrong(draft, spans);
  }
  while (spans.links.length > 0) closeLink(draft, spans);
  if (spans.codeStart >= 0) closeCode(draft, spans);
}

function appendHtmlText(raw: string, draft: PassageDraft, decode: (s: string) => string): void {
  if (raw === '') return;
  const lines = decode(raw).split('\n');
  for (let i = 0; i < lines.length; i++) {
    if (i > 0) appendSoftBreak(draft);
    const line = (lines[i] ?? '').replace(/[ \t]+/g, ' ');
    appendText(draft, i === 0 ? line : line.trimStart());
  }
}

const BLOCK_TAGS = new Set([
  'p',
  'div',
  'li',
  'tr',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'blockquote',
  'pre',
  'table',
]);

function renderHtmlTag(raw: string, draft: PassageDraft, spans: SpanState): void {
  const tag = readHtmlTag(raw);
  if (!tag) return;
  const { name, closing } = tag;
  if (name === 'br') appendLineBreak(draft);
  else if (name === 'b' || name === 'strong') {
    if (closing) closeStrong(draft, spans);
    else openStrong(draft, spans);
  } else if (name === 'code') {
    if (closing) closeCode(draft, spans);
    else if (spans.codeStart < 0) spans.codeStart = draft.text.length;
  } else if (name === 'a') {
    if (closing) closeLink(draft, spans);
    else if (tag.attributes.href) openLink(draft, spans, tag.attributes.href);
  } else if (name === 'img' && !closing) {
    addImage(draft, tag.attributes.src ?? '', tag.attributes.alt ?? '');
  } else if (name === 'td' || name === 'th') {
    if (!closing && draft.text !== '' && !draft.text.endsWith('\n')) appendText(draft, ' | ');
  } else if (BLOCK_TAGS.has(name)) {
    appendLineBreak(draft);
  }
}

// A bare URL ends at whitespace, at CJK text or punctuation (Chinese notes run words into URLs:
// `见https://docs.docker.com/和…`), and before trailing ASCII punctuation.
const BARE_URL = /\bhttps?:\/\/[^\s<>"'`\u3000-\u9fff\uff00-\uffef]+/g;

/** Records bare `http(s)://` URLs in plain text as links (markdown-it's linkify mangles CJK neighbours). */
function recordBareUrls(draft: PassageDraft, text: string): void {
  BARE_URL.lastIndex = 0;
  for (let match = BARE_URL.exec(text); match; match = BARE_URL.exec(text)) {
    const url = match[0].replace(/[.,;:!?)\]]+$/, '');
    if (url.length > 8) draft.links.push({ text: url, url });
  }
}

function openStrong(draft: PassageDraft, spans: SpanState): void {
  if (spans.strongDepth === 0) spans.strongStart = draft.text.length;
  spans.strongDepth++;
}

function closeStrong(draft: PassageDraft, spans: SpanState): void {
  if (spans.strongDepth === 0) return;
  spans.strongDepth--;
  if (spans.strongDepth > 0) return;
  const term = draft.text.slice(spans.strongStart).replace(/\s+/g, ' ').trim();
  if (term !== '') draft.emphasis.push(term);
}

function openLink(draft: PassageDraft, spans: SpanState, url: string): void {
  spans.links.push({ url, start: draft.text.length });
}

function closeLink(draft: PassageDraft, spans: SpanState): void {
  const link = spans.links.pop();
  if (!link || link.url === '') return;
  draft.links.push({ text: draft.text.slice(link.start).replace(/\s+/g, ' ').trim(), url: link.url });
}

function closeCode(draft: PassageDraft, spans: SpanState): void {
  if (spans.codeStart < 0) return;
  const code = draft.text.slice(spans.codeStart).trim();
  spans.codeStart = -1;
  if (code !== '') draft.inlineCode.push(code);
}

function addImage(draft: PassageDraft, url: string, alt: string): void {
  if (url === '' && alt === '') return;
  draft.images.push({ alt: alt.trim(), url });
}

/** Markdown code span for `code`: backticks around it, more of them than any run inside it. */
export function codeSpan(code: string): string {
  let longest = 0;
  for (const run of code.match(/`+/g) ?? []) longest = Math.max(longest, run.length);
  const fence = '`'.repeat(longest + 1);
  const pad = longest > 0 || code.startsWith('`') || code.endsWith('`') ? ' ' : '';
  return `${fence}${pad}${code}${pad}${fence}`;
}
