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
import type {
  Lang,
  NotesDocument,
  NotesWarning,
  ParseNotesOptions,
  Passage,
  PassageRole,
  Section,
} from './types';
import { unwrapAdmonitions } from './unwrap-admonitions';

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
  /** The table being read outside a block quote: its header cells and rows of cells, each a draft. */
  grid: TableGrid | undefined;
  /** The paragraph a top-level list being read follows and is announced by (`查找流程如下：`), if any. */
  listLead: PassageDraft | undefined;
}

interface TableGrid {
  map: [number, number] | null;
  parent: PassageDraft | undefined;
  header: PassageDraft[];
  rows: { map: [number, number] | null; cells: PassageDraft[] }[];
  inHead: boolean;
  cell: PassageDraft | undefined;
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
  for (const chunk of splitIntoChunks(unwrapAdmonitions(frontMatter.body), CHUNK_CHARS)) {
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
    const sectionPassages = finishSection(draftSection, (draft, ordinal) => {
      draft.id = `${sectionId}.${ordinal}`;
      const parentId = nearestParentId(draft);
      const role = passageRole(draft);
      return {
        id: draft.id,
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
        ...(parentId ? { parentId } : {}),
        ...(role ? { role: role.role } : {}),
        ...(role?.checked !== undefined ? { checked: role.checked } : {}),
        ...(draft.tableHeader ? { tableHeader: draft.tableHeader } : {}),
        ...(draft.step !== undefined ? { step: draft.step } : {}),
      };
    });
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

/** The id of the nearest enclosing list item that became a passage (an empty item passes its children up). */
function nearestParentId(draft: PassageDraft): string | undefined {
  for (let parent = draft.parent; parent; parent = parent.parent) if (parent.id) return parent.id;
  return undefined;
}

const CHECKBOX = /^\[([ xX])\]\s+/u;
/** Link text at least this share of a passage's letters makes it a list of links (a reference entry). */
const LINK_TEXT_SHARE = 0.6;

/**
 * Whether a passage is a table-of-contents entry, a checklist item (its box is removed from the text here) or a
 * reference entry, from its structure alone: what its text is made of, never from particular words.
 */
function passageRole(draft: PassageDraft): { role: PassageRole; checked?: boolean } | undefined {
  if (draft.kind === 'bullet') {
    const box = CHECKBOX.exec(draft.text);
    if (box) {
      draft.text = draft.text.slice(box[0].length);
      return { role: 'checklist', checked: box[1] !== ' ' };
    }
  }
  if (draft.kind === 'code' || draft.links.length === 0) return undefined;
  const letters = (text: string) => text.replace(/[^\p{L}\p{N}]+/gu, '').length;
  const total = letters(draft.text);
  if (total === 0) return undefined;
  const linked = draft.links.reduce((sum, link) => sum + letters(link.text || link.url), 0);
  if (linked < LINK_TEXT_SHARE * total) return undefined;
  return { role: draft.links.every((link) => link.url.startsWith('#')) ? 'toc' : 'links' };
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
    grid: undefined,
    listLead: undefined,
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
      case 'bullet_list_open':
      case 'ordered_list_open':
        // A paragraph ending in a colon right before a list announces its items (`查找流程如下：`, `K8s imposes
        // the following requirements:`): they are its children, as a nested list's are its item's.
        if (!state.quote && state.items.length === 0) state.listLead = leadParagraph(state.section);
        break;
      case 'bullet_list_close':
      case 'ordered_list_close':
        if (state.items.length === 0) state.listLead = undefined;
        break;
      case 'list_item_open':
        if (state.quote) appendLineBreak(state.quote);
        else {
          const parent = state.items[state.items.length - 1] ?? state.listLead;
          const item = addDraft(state, 'bullet', token.map);
          if (parent) item.parent = parent;
          // An ordered list's item carries its number (`info`): a step of a sequence.
          const number = token.markup === '.' || token.markup === ')' ? Number.parseInt(token.info, 10) : NaN;
          if (Number.isFinite(number)) item.step = number;
          state.items.push(item);
        }
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
        if (state.quote) {
          state.table = state.quote;
          appendLineBreak(state.table);
          coverLines(state.table, token.map, lineOffset);
        } else {
          state.grid = {
            map: token.map,
            parent: state.items[state.items.length - 1],
            header: [],
            rows: [],
            inHead: false,
            cell: undefined,
          };
        }
        break;
      case 'table_close':
        state.table = undefined;
        if (state.grid) addTableRows(state, state.grid);
        state.grid = undefined;
        break;
      case 'thead_open':
        if (state.grid) state.grid.inHead = true;
        break;
      case 'thead_close':
        if (state.grid) state.grid.inHead = false;
        break;
      case 'tr_open':
        if (state.table) appendLineBreak(state.table);
        if (state.grid && !state.grid.inHead) state.grid.rows.push({ map: token.map, cells: [] });
        state.tableCells = 0;
        break;
      case 'th_open':
      case 'td_open':
        if (state.table && state.tableCells > 0) appendText(state.table, ' | ', false);
        if (state.grid) {
          const cell = createDraft('table', 1);
          state.grid.cell = cell;
          if (state.grid.inHead) state.grid.header.push(cell);
          else state.grid.rows[state.grid.rows.length - 1]?.cells.push(cell);
        }
        state.tableCells++;
        break;
      case 'inline':
        // Table cells are the only inline tokens not consumed with their block above.
        if (state.grid?.cell) renderInline(token.children, state.grid.cell);
        else if (state.table) renderInline(token.children, state.table);
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

/** The section's last passage when it is a paragraph ending in a colon (what a list right after it follows). */
function leadParagraph(section: SectionDraft): PassageDraft | undefined {
  const last = section.drafts[section.drafts.length - 1];
  return last?.kind === 'paragraph' && /[:：]\s*$/u.test(last.text) ? last : undefined;
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
  const parent = state.items[state.items.length - 1];
  if (parent) draft.parent = parent;
  draft.text = code;
  draft.lineEnd = Math.max(draft.lineStart, (token.map?.[1] ?? 0) + state.lineOffset);
  const info = decode(token.info).trim().split(/\s+/)[0];
  if (info) draft.codeLang = info;
}

/**
 * A table becomes one passage per body row, each reading `header: cell | header: cell` so that a row quoted
 * alone says what its cells are; a table with a header and no body is one passage of its header.
 */
function addTableRows(state: WalkState, grid: TableGrid): void {
  const header = grid.header.map((cell) => cell.text.replace(/\s+/g, ' ').trim());
  const rows = grid.rows.length > 0 ? grid.rows : [{ map: grid.map, cells: grid.header }];
  const headerOnly = grid.rows.length === 0;
  for (const row of rows) {
    const draft = addDraft(state, 'table', row.map ?? grid.map);
    if (row.map) coverLines(draft, row.map, state.lineOffset);
    else coverLines(draft, grid.map, state.lineOffset);
    if (grid.parent) draft.parent = grid.parent;
    if (!headerOnly && header.some((h) => h !== '')) draft.tableHeader = header;
    let first = true;
    row.cells.forEach((cell, i) => {
      const text = cell.text.replace(/\s+/g, ' ').trim();
      if (text === '') return;
      if (!first) appendText(draft, ' | ', false);
      first = false;
      const label = headerOnly ? '' : (header[i] ?? '');
      if (label !== '') appendText(draft, `${label}: `, false);
      appendText(draft, text);
      for (const item of cell.emphasis) draft.emphasis.push(item);
      for (const item of cell.inlineCode) draft.inlineCode.push(item);
      for (const item of cell.links) draft.links.push(item);
      for (const item of cell.images) draft.images.push(item);
    });
  }
}

// A passage with no CJK and only a few Latin letters (`docker info`) is too short to tell, so it takes the
// document's language; code always does.
function passageLang(draft: PassageDraft, documentLang: Lang): Lang {
  if (draft.kind === 'code') return documentLang;
  if (draft.prose.cjk === 0 && draft.prose.latin < 12) return documentLang;
  return langFromCounts(draft.prose, documentLang);
}
