import type { Token } from 'markdown-it';
import MarkdownIt from 'markdown-it';
import markdownItCjkFriendly from 'markdown-it-cjk-friendly';
import { cleanSource } from './clean-source';
import { langFromCounts, type ScriptCounts } from './detect-lang';
import { finishSection, sentencesOf } from './finish-section';
import { normaliseFile, readDeclaredLang, readTranslationOf } from './front-matter-fields';
import { looksLikeInlineHtml } from './looks-like-inline-html';
import { appendLineBreak, appendText, coverLines, createDraft, type PassageDraft } from './passage-draft';
import { readFrontMatter } from './read-front-matter';
import { renderHtml, renderInline } from './render-inline';
import { splitIntoChunks } from './split-into-chunks';
import type { Lang, NotesDocument, NotesWarning, ParseNotesOptions, Passage, Section } from './types';

// markdown-it rather than remark: on these notes remark-parse ran at 0.2–1.4 MB/s (and slower per byte as
// files grow), markdown-it at 7–16 MB/s; both are CommonMark parsers with GFM tables, and markdown-it's
// block maps give the line ranges passages need.
let parser: MarkdownIt | undefined;
function markdown(): MarkdownIt {
  // cjk-friendly: `**Namespaces（命名空间）**是` is bold in Chinese notes, though strict CommonMark says no.
  parser ??= new MarkdownIt('default', { html: true, linkify: false, typographer: false }).use(
    markdownItCjkFriendly,
  );
  return parser;
}

// Large files are parsed a heading-bounded piece at a time so their tokens never all live at once.
const CHUNK_CHARS = 32 * 1024;

interface SectionDraft {
  ordinal: number;
  depth: number;
  title: string;
  headingPath: string[];
  lineStart: number;
  drafts: PassageDraft[];
}

/** Everything the block walk needs while it reads one document. */
interface WalkState {
  lineOffset: number;
  sections: SectionDraft[];
  section: SectionDraft;
  headings: Array<{ depth: number; title: string }>;
  items: PassageDraft[];
  quote: PassageDraft | undefined;
  quoteDepth: number;
  table: PassageDraft | undefined;
  tableCells: number;
}

/**
 * Parses one markdown notes file into sections and citable passages.
 *
 * Passage ids are `${stem}#${sectionOrdinal}.${passageOrdinal}` (1-based; section 0 holds what comes before
 * the first heading). Each list item, paragraph, code block, table, block quote and HTML block is a passage;
 * nested list items are passages of their own. Paragraphs holding only images are not passages: their
 * images go to the next passage of the section (or the previous one when none follows). Never throws on
 * odd input; problems that were worked around are listed in `warnings`.
 *
 * @example
 * const doc = parseNotes('## 网络\n* bridge：容器之间通信\n* host：共享宿主机的网络\n', { file: 'net.zh.md' });
 * doc.passages[1]?.id; // 'net.zh#1.2'
 * doc.passages[1]?.lineStart; // 3
 * doc.lang; // 'zh'
 */
export function parseNotes(text: string, options: ParseNotesOptions): NotesDocument {
  const file = normaliseFile(options.file);
  const stem = file.replace(/\.(md|markdown)$/i, '');
  const warnings: NotesWarning[] = [];
  const warn = (message: string) => warnings.push({ file, message });

  const frontMatter = readFrontMatter(cleanSource(text));
  if (frontMatter.warning) warn(frontMatter.warning);
  const data = frontMatter.data;
  const declaredLang = readDeclaredLang(data.lang, warn);
  const translationOf = readTranslationOf(data.translation_of ?? data.translationOf, file, warn);

  const state = createWalkState();
  for (const chunk of splitIntoChunks(frontMatter.body, CHUNK_CHARS)) {
    state.lineOffset = frontMatter.bodyLineOffset + chunk.firstLine;
    walkTokens(markdown().parse(chunk.text, {}), state);
  }

  const docCounts: ScriptCounts = { cjk: 0, latin: 0 };
  for (const section of state.sections) {
    for (const draft of section.drafts) {
      docCounts.cjk += draft.prose.cjk;
      docCounts.latin += draft.prose.latin;
    }
  }
  const lang: Lang = options.lang ?? declaredLang ?? langFromCounts(docCounts, 'en');
  const fixedLang = options.lang ?? declaredLang;

  const sections: Section[] = [];
  const passages: Passage[] = [];
  for (const draftSection of state.sections) {
    const sectionId = `${stem}#${draftSection.ordinal}`;
    const sectionPassages = finishSection(draftSection, (draft, ordinal) => ({
      id: `${sectionId}.${ordinal}`,
      file,
      lang: fixedLang ?? passageLang(draft, lang),
      kind: draft.kind,
      text: draft.text,
      sectionId,
      headingPath: draftSection.headingPath,
      lineStart: draft.lineStart,
      lineEnd: draft.lineEnd,
      sentences: sentencesOf(draft),
      emphasis: draft.emphasis,
      inlineCode: draft.inlineCode,
      links: draft.links,
      images: draft.images,
      ...(draft.codeLang ? { codeLang: draft.codeLang } : {}),
    }));
    if (draftSection.ordinal === 0 && sectionPassages.passages.length === 0) continue;
    if (sectionPassages.orphanImages > 0) {
      warn(`${sectionPassages.orphanImages} image(s) under "${draftSection.title}" belong to no passage`);
    }
    sections.push({
      id: sectionId,
      depth: draftSection.depth,
      title: draftSection.title,
      headingPath: draftSection.headingPath,
      lineStart: draftSection.lineStart,
      passageIds: sectionPassages.passages.map((p) => p.id),
    });
    for (const passage of sectionPassages.passages) passages.push(passage);
  }

  const titleFromData =
    typeof data.title === 'string' && data.title.trim() !== '' ? data.title.trim() : undefined;
  const firstHeading = sections.find((s) => s.depth === 1) ?? sections.find((s) => s.depth > 0);
  return {
    file,
    stem,
    lang,
    title: titleFromData ?? firstHeading?.title ?? stem,
    frontMatter: data,
    ...(translationOf ? { translationOf } : {}),
    sections,
    passages,
    warnings,
  };
}

function createWalkState(): WalkState {
  const root: SectionDraft = { ordinal: 0, depth: 0, title: '', headingPath: [], lineStart: 1, drafts: [] };
  return {
    lineOffset: 0,
    sections: [root],
    section: root,
    headings: [],
    items: [],
    quote: undefined,
    quoteDepth: 0,
    table: undefined,
    tableCells: 0,
  };
}

/** Reads one chunk's block tokens into the walk state (sections carry over from chunk to chunk). */
function walkTokens(tokens: Token[], state: WalkState): void {
  const lineOffset = state.lineOffset;
  const md = markdown();
  const decode = md.utils.unescapeAll;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] as Token;
    switch (token.type) {
      case 'heading_open': {
        const inline = tokens[i + 1];
        i += 2;
        if (state.quote || state.items.length > 0) {
          const target = container(state) as PassageDraft;
          appendLineBreak(target);
          renderInline(inline?.children ?? null, target);
          coverLines(target, token.map, lineOffset);
        } else {
          startSection(state, token, inline);
        }
        break;
      }
      case 'paragraph_open': {
        const inline = tokens[i + 1];
        i += 2;
        const target = container(state) ?? addDraft(state, 'paragraph', token.map);
        appendLineBreak(target);
        renderInline(inline?.children ?? null, target);
        coverLines(target, token.map, lineOffset);
        break;
      }
      case 'list_item_open':
        if (state.quote) appendLineBreak(state.quote);
        else state.items.push(addDraft(state, 'bullet', token.map));
        break;
      case 'list_item_close':
        if (!state.quote) state.items.pop();
        break;
      case 'blockquote_open':
        state.quoteDepth++;
        if (state.quoteDepth === 1) {
          state.quote = addDraft(state, 'quote', token.map);
          coverLines(state.quote, token.map, lineOffset);
        }
        break;
      case 'blockquote_close':
        state.quoteDepth--;
        if (state.quoteDepth === 0) state.quote = undefined;
        break;
      case 'table_open':
        state.table = state.quote ?? addDraft(state, 'table', token.map);
        appendLineBreak(state.table);
        coverLines(state.table, token.map, lineOffset);
        break;
      case 'table_close':
        state.table = undefined;
        break;
      case 'tr_open':
        if (state.table) appendLineBreak(state.table);
        state.tableCells = 0;
        break;
      case 'th_open':
      case 'td_open':
        if (state.table && state.tableCells > 0) appendText(state.table, ' | ', false);
        state.tableCells++;
        break;
      case 'inline':
        // Table cells are the only inline tokens not consumed with their block above.
        if (state.table) renderInline(token.children, state.table);
        break;
      case 'fence':
      case 'code_block':
        addCode(state, token, decode);
        break;
      case 'html_block': {
        const target = container(state) ?? addDraft(state, 'html', token.map);
        appendLineBreak(target);
        renderHtml(token.content, target, decode);
        coverLines(target, token.map, lineOffset);
        break;
      }
      default:
        break;
    }
  }
}

/** The passage that swallows nested blocks: the enclosing block quote, else the innermost list item. */
function container(state: WalkState): PassageDraft | undefined {
  return state.quote ?? state.items[state.items.length - 1];
}

function addDraft(state: WalkState, kind: PassageDraft['kind'], map: [number, number] | null): PassageDraft {
  const line = (map ? map[0] + 1 : 1) + state.lineOffset;
  const draft = createDraft(kind, line);
  state.section.drafts.push(draft);
  return draft;
}

function startSection(state: WalkState, token: Token, inline: Token | undefined): void {
  const depth = Number.parseInt(token.tag.slice(1), 10) || 1;
  const titleDraft = createDraft('paragraph', 1);
  renderInline(inline?.children ?? null, titleDraft);
  const title = titleDraft.text.replace(/\s+/g, ' ').trim();
  while (state.headings.length > 0 && (state.headings[state.headings.length - 1]?.depth ?? 0) >= depth) {
    state.headings.pop();
  }
  state.headings.push({ depth, title });
  const section: SectionDraft = {
    ordinal: state.sections.length,
    depth,
    title,
    headingPath: state.headings.map((h) => h.title),
    lineStart: (token.map ? token.map[0] + 1 : 1) + state.lineOffset,
    drafts: [],
  };
  state.sections.push(section);
  state.section = section;
}

function addCode(state: WalkState, token: Token, decode: (s: string) => string): void {
  const styledText = token.type === 'code_block' && looksLikeInlineHtml(token.content);
  if (styledText) {
    const target = container(state) ?? addDraft(state, 'html', token.map);
    appendLineBreak(target);
    renderInline(markdown().parseInline(token.content.trim(), {})[0]?.children ?? null, target);
    coverLines(target, token.map, state.lineOffset);
    return;
  }
  const code = token.content.replace(/^(?:[ \t]*\n)+/, '').trimEnd();
  if (state.quote) {
    appendLineBreak(state.quote);
    appendText(state.quote, code, false);
    return;
  }
  const draft = addDraft(state, 'code', token.map);
  draft.text = code;
  draft.lineEnd = Math.max(draft.lineStart, (token.map?.[1] ?? 0) + state.lineOffset);
  const info = decode(token.info).trim().split(/\s+/)[0];
  if (info) draft.codeLang = info;
}

// A passage with no CJK and only a few Latin letters (`docker info`) is too short to tell, so it takes the
// document's language; code always does.
function passageLang(draft: PassageDraft, documentLang: Lang): Lang {
  if (draft.kind === 'code') return documentLang;
  if (draft.prose.cjk === 0 && draft.prose.latin < 12) return documentLang;
  return langFromCounts(draft.prose, documentLang);
}
