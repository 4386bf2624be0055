import type { Stats } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { parseNotes } from '../parse-notes';
import type { NotesCorpus } from '../types';
import { decodeNotesBytes } from './decode-notes-bytes';
import { errorCode, findNotesFiles } from './find-notes-files';

/** Options of `loadNotesDir`. */
export interface LoadNotesDirOptions {
  /** Files larger than this are skipped. Default 16 MiB. */
  maxFileBytes?: number;
}

const DEFAULT_MAX_FILE_BYTES = 16 * 1024 * 1024;
const MARKDOWN = /\.(md|markdown)$/i;

/**
 * Reads a notes folder into a corpus: every `*.md` / `*.markdown` file under `dir` (recursively, sorted by
 * path, skipping dot-folders and `node_modules`, following no symbolic links), parsed with `parseNotes`.
 * Only ever reads. Never throws for a bad file or folder: a file that cannot be used (unreadable, empty,
 * binary, not UTF-8, too large, nothing to learn from) is listed in `skipped` with a one-sentence reason; a
 * missing folder is one `skipped` entry; an empty folder a warning. Whether that is fatal is the caller's
 * call (e.g. exit non-zero when `documents` is empty). `dir` may also name a single markdown file.
 *
 * @example
 * const corpus = await loadNotesDir('data/notes');
 * corpus.documents.map((d) => d.file); // ['docker-concepts.en.md', 'docker-concepts.zh.md']
 * corpus.skipped; // [{ file: 'old.md', reason: 'is not UTF-8 …: it looks GBK/GB18030-encoded (Chinese) …' }]
 */
export async function loadNotesDir(dir: string, options: LoadNotesDirOptions = {}): Promise<NotesCorpus> {
  const maxFileBytes =
    typeof options.maxFileBytes === 'number' && options.maxFileBytes > 0
      ? options.maxFileBytes
      : DEFAULT_MAX_FILE_BYTES;
  const corpus: NotesCorpus = { documents: [], skipped: [], warnings: [], ignored: 0 };

  let info: Stats;
  try {
    info = await stat(dir);
  } catch (error) {
    const code = errorCode(error);
    corpus.skipped.push({
      file: dir,
      reason:
        code === 'ENOENT' ? 'is not there: the notes folder does not exist' : `could not be opened (${code})`,
    });
    return corpus;
  }

  let files: Array<{ relative: string; absolute: string }>;
  if (info.isFile()) {
    if (!MARKDOWN.test(dir)) {
      corpus.skipped.push({ file: dir, reason: 'is neither a folder nor a .md/.markdown file' });
      return corpus;
    }
    files = [{ relative: path.basename(dir), absolute: dir }];
  } else if (info.isDirectory()) {
    const found = await findNotesFiles(dir);
    files = found.files;
    for (const skipped of found.skipped) corpus.skipped.push(skipped);
    corpus.ignored = found.ignored;
  } else {
    corpus.skipped.push({ file: dir, reason: 'is neither a folder nor a .md/.markdown file' });
    return corpus;
  }

  for (const { relative, absolute } of files) {
    const reason = await loadOne(relative, absolute, maxFileBytes, corpus);
    if (reason) corpus.skipped.push({ file: relative, reason });
  }
  if (files.length === 0) {
    const ignored = corpus.ignored
      ? ` (${corpus.ignored} other file${corpus.ignored === 1 ? '' : 's'} ignored)`
      : '';
    corpus.warnings.push({ file: dir, message: `the notes folder has no .md or .markdown files${ignored}` });
  }
  return corpus;
}

/** Reads and parses one file into the corpus; returns why it was skipped, if it was. */
async function loadOne(
  relative: string,
  absolute: string,
  maxFileBytes: number,
  corpus: NotesCorpus,
): Promise<string | undefined> {
  let bytes: Buffer;
  try {
    const info = await stat(absolute);
    if (info.size > maxFileBytes) {
      return `is ${formatBytes(info.size)}, larger than the ${formatBytes(maxFileBytes)} limit for one notes file`;
    }
    bytes = await readFile(absolute);
  } catch (error) {
    const code = errorCode(error);
    return code === 'ENOENT' ? 'disappeared before it could be read' : `could not be read (${code})`;
  }
  // The file may have grown between stat and read.
  if (bytes.length > maxFileBytes) {
    return `is ${formatBytes(bytes.length)}, larger than the ${formatBytes(maxFileBytes)} limit for one notes file`;
  }
  const decoded = decodeNotesBytes(bytes);
  if (!decoded.ok) return decoded.reason;

  let doc: ReturnType<typeof parseNotes>;
  try {
    doc = parseNotes(decoded.text, { file: relative });
  } catch (error) {
    // A parser bug on one file must not take the other files down with it.
    const detail = error instanceof Error ? error.message : String(error);
    return `could not be parsed (${detail}); the other files are served`;
  }
  for (const warning of doc.warnings) corpus.warnings.push(warning);
  if (doc.passages.length === 0) {
    return 'has nothing to learn from: no paragraphs, list items, tables or code, only headings, images or markup';
  }
  if (doc.passages.every((p) => p.kind === 'code')) {
    corpus.warnings.push({
      file: relative,
      message: 'has only code blocks, no prose; its code is used as it is',
    });
  }
  corpus.documents.push(doc);
  return undefined;
}

function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / (1024 * 1024)).toFixed(1).replace(/\.0$/, '')} MiB`;
  if (bytes >= 1024) return `${(bytes / 1024).toFixed(1).replace(/\.0$/, '')} KiB`;
  return `${bytes} bytes`;
}
