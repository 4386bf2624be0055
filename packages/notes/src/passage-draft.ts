import { countScripts, type ScriptCounts } from './detect-lang';
import { isCjk } from './is-cjk';
import type { InlineImage, InlineLink, PassageKind } from './types';

/** A passage while its blocks are still being read; `parseNotes` turns it into a `Passage`. */
export interface PassageDraft {
  kind: PassageKind;
  /** 1-based, inclusive. */
  lineStart: number;
  lineEnd: number;
  text: string;
  /** Script counts of the prose (inline code excluded), for language detection. */
  prose: ScriptCounts;
  emphasis: string[];
  inlineCode: string[];
  links: InlineLink[];
  images: InlineImage[];
  codeLang?: string;
  /** The list item draft this one sits in. */
  parent?: PassageDraft;
  /** The passage id, once the draft became a passage. */
  id?: string;
  /** For an item of an ordered list: its number. */
  step?: number;
  /** For a table row: its table's header cells. */
  tableHeader?: string[];
  /** A soft line break waits for the next text to decide whether it becomes a space or nothing. */
  pendingSoftBreak: boolean;
}

/** Starts an empty draft of the given kind covering the given (1-based) line. */
export function createDraft(kind: PassageKind, line: number): PassageDraft {
  return {
    kind,
    lineStart: line,
    lineEnd: line,
    text: '',
    prose: { cjk: 0, latin: 0 },
    emphasis: [],
    inlineCode: [],
    links: [],
    images: [],
    pendingSoftBreak: false,
  };
}

/** Widens the draft's line range to cover a block given as markdown-it's 0-based, end-exclusive map. */
export function coverLines(draft: PassageDraft, map: [number, number] | null, lineOffset: number): void {
  if (!map) return;
  const start = map[0] + 1 + lineOffset;
  const end = Math.max(map[1] + lineOffset, start);
  if (draft.text === '' && draft.images.length === 0 && start > draft.lineStart) draft.lineStart = start;
  if (end > draft.lineEnd) draft.lineEnd = end;
}

/**
 * Appends text. A pending soft line break becomes nothing next to a CJK character (Chinese lines are
 * wrapped without a space) and a space between Latin words.
 */
export function appendText(draft: PassageDraft, piece: string, isProse = true): void {
  if (piece === '') return;
  if (draft.pendingSoftBreak) {
    draft.pendingSoftBreak = false;
    const before = draft.text.codePointAt(draft.text.length - 1) ?? 0;
    const after = piece.codePointAt(0) ?? 0;
    const endsInSpace = before === 0x20 || before === 0x0a;
    if (draft.text !== '' && !endsInSpace && !isCjk(before) && !isCjk(after) && after !== 0x20) {
      draft.text += ' ';
    }
  }
  draft.text += piece;
  if (isProse) {
    const counts = countScripts(piece);
    draft.prose.cjk += counts.cjk;
    draft.prose.latin += counts.latin;
  }
}

/** Records a soft line break (a newline inside a paragraph). */
export function appendSoftBreak(draft: PassageDraft): void {
  if (draft.text !== '') draft.pendingSoftBreak = true;
}

/** Starts a new line (a hard break, `<br>`, or the next paragraph of the same passage). */
export function appendLineBreak(draft: PassageDraft): void {
  draft.pendingSoftBreak = false;
  if (draft.text !== '' && !draft.text.endsWith('\n')) draft.text += '\n';
}
