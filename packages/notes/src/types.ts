/** Language of a notes file or passage. */
export type Lang = 'zh' | 'en';

export type PassageKind = 'paragraph' | 'bullet' | 'code' | 'table' | 'quote' | 'html';

/**
 * What a passage is for, when it is not content: a table-of-contents entry (links to headings of the same
 * file), a checklist item (`- [ ]` / `- [x]`, the box removed from the text), or a list of links (a reference
 * entry: the text is mostly link text). Such passages stay citable but rank below content.
 */
export type PassageRole = 'toc' | 'checklist' | 'links';

export interface InlineLink {
  text: string;
  url: string;
}

export interface InlineImage {
  alt: string;
  url: string;
}

/** A sentence inside a passage, as offsets into `Passage.text` (UTF-16 code units). */
export interface SentenceSpan {
  start: number;
  end: number;
}

/**
 * The smallest citable unit of the notes: one bullet, paragraph, code block, table or quote.
 * `id` is `${fileStem}#${sectionOrdinal}.${passageOrdinal}` (1-based ordinals), e.g. `docker-concepts.zh#3.2`,
 * so a translation with the same structure has ids that line up with its original.
 */
export interface Passage {
  id: string;
  /** Path relative to the notes folder, with forward slashes. */
  file: string;
  lang: Lang;
  kind: PassageKind;
  /** Plain text: markup removed, entities decoded, NFC-normalised; inline code kept as its text. */
  text: string;
  /** Ids of the section and the heading titles from the top of the document down to this passage. */
  sectionId: string;
  headingPath: string[];
  /** 1-based, inclusive, in the source file. */
  lineStart: number;
  lineEnd: number;
  sentences: SentenceSpan[];
  /** Terms the author emphasised (`**bold**`, `<b>`, `<strong>`), in order. */
  emphasis: string[];
  /** Contents of inline code spans, in order. */
  inlineCode: string[];
  links: InlineLink[];
  images: InlineImage[];
  /** For a code block: its info string (language), if any. */
  codeLang?: string;
  /**
   * The list item this passage sits in: a nested bullet's parent bullet, or the bullet a code block belongs to.
   * A lead-in line ("K8s imposes the following requirements:") and the passages whose `parentId` it is form one
   * unit of meaning.
   */
  parentId?: string;
  /** Set when the passage is not content (see {@link PassageRole}). */
  role?: PassageRole;
  /** For a checklist item: whether its box is ticked. */
  checked?: boolean;
  /**
   * For a table row: the header cells of its table. The row's `text` is `header: cell | header: cell`, so a row
   * read alone says what each cell is.
   */
  tableHeader?: string[];
  /** For an item of an ordered list (`1.`, `2)`): its number, a step of the sequence the list describes. */
  step?: number;
}

export interface Section {
  /** `${fileStem}#${sectionOrdinal}`; ordinal 0 is the part before the first heading. */
  id: string;
  depth: number;
  title: string;
  headingPath: string[];
  lineStart: number;
  passageIds: string[];
}

/** One parsed notes file. */
export interface NotesDocument {
  file: string;
  /**
   * Path without `.md` / `.markdown` (for a file at the top of the notes folder, its file name without the
   * extension, e.g. `docker-concepts.zh`); the prefix of every passage id, so ids are unique in a corpus.
   */
  stem: string;
  lang: Lang;
  title: string;
  frontMatter: Record<string, unknown>;
  /** From front matter `translation_of:` — the file (relative path) this document translates. */
  translationOf?: string;
  sections: Section[];
  passages: Passage[];
  /** Problems met while parsing that did not stop it (broken front matter, unknown `lang:`…). */
  warnings: NotesWarning[];
}

/** Options of `parseNotes`. */
export interface ParseNotesOptions {
  /** Path relative to the notes folder (forward or back slashes); used for `file`, `stem` and ids. */
  file: string;
  /** Forces the language of the document and every passage (wins over front matter and detection). */
  lang?: Lang;
}

/** A file that could not be used, and why (for the user, one sentence). */
export interface SkippedFile {
  file: string;
  reason: string;
}

/** A warning about part of a file that was used anyway. */
export interface NotesWarning {
  file: string;
  message: string;
}

export interface NotesCorpus {
  documents: NotesDocument[];
  skipped: SkippedFile[];
  warnings: NotesWarning[];
  /** How many files were passed over silently because they are not markdown (set by `loadNotesDir`). */
  ignored?: number;
}
