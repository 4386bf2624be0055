import type { Dirent } from 'node:fs';
import { readdir, realpath } from 'node:fs/promises';
import path from 'node:path';
import type { SkippedFile } from '../types';

/** Markdown files found under a notes folder, and what was passed over. */
export interface FoundNotesFiles {
  /** Paths relative to the folder, forward slashes, sorted by code unit. */
  files: Array<{ relative: string; absolute: string }>;
  skipped: SkippedFile[];
  /** Regular files that are not markdown. */
  ignored: number;
}

const MARKDOWN = /\.(md|markdown)$/i;

/**
 * Lists every `*.md` / `*.markdown` file under `root` (which must exist and be a folder), recursively,
 * skipping dot-folders and `node_modules`. Symbolic links are not followed: one pointing inside the folder
 * is passed over (its target is found in its own place), one pointing outside is reported in `skipped`.
 */
export async function findNotesFiles(root: string): Promise<FoundNotesFiles> {
  const found: FoundNotesFiles = { files: [], skipped: [], ignored: 0 };
  const realRoot = await realpath(root);

  const inside = (real: string) => real === realRoot || real.startsWith(realRoot + path.sep);
  const relativeOf = (absolute: string) => path.relative(root, absolute).split(path.sep).join('/');

  const visit = async (folder: string): Promise<void> => {
    let entries: Dirent[];
    try {
      entries = await readdir(folder, { withFileTypes: true });
    } catch (error) {
      found.skipped.push({
        file: `${relativeOf(folder)}/`,
        reason: `is a folder that could not be read (${errorCode(error)})`,
      });
      return;
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) {
      const absolute = path.join(folder, entry.name);
      if (entry.isSymbolicLink()) {
        // A link to something inside the folder is skipped: the walk reaches the target in its own place
        // (so nothing is read twice and link cycles end). A link leading outside is never followed.
        const real = await realpath(absolute).catch(() => undefined);
        if (real !== undefined && inside(real)) continue;
        if (real === undefined && !MARKDOWN.test(entry.name)) continue;
        found.skipped.push({
          file: relativeOf(absolute),
          reason:
            real === undefined
              ? 'is a symbolic link to something that does not exist'
              : 'is a symbolic link to a place outside the notes folder, which is not followed',
        });
        continue;
      }
      const isDirectory = entry.isDirectory();
      const isFile = entry.isFile();
      if (isDirectory) {
        if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
        await visit(absolute);
      } else if (isFile) {
        if (MARKDOWN.test(entry.name)) found.files.push({ relative: relativeOf(absolute), absolute });
        else found.ignored++;
      }
    }
  };

  await visit(root);
  found.files.sort((a, b) => (a.relative < b.relative ? -1 : a.relative > b.relative ? 1 : 0));
  return found;
}

/** A short code for a file-system error (`ENOENT`, `EACCES`…), for messages. */
export function errorCode(error: unknown): string {
  if (error && typeof error === 'object' && 'code' in error && typeof error.code === 'string')
    return error.code;
  return error instanceof Error ? error.message : String(error);
}
