import type { NotesDocument, NotesWarning } from '@notetutor/notes';

/** Which passages translate which. */
export interface TranslationLinks {
  originalOf: Map<string, string>;
  translationsOf: Map<string, string[]>;
  warnings: NotesWarning[];
}

function normalisePath(file: string): string {
  const parts: string[] = [];
  for (const part of file.replace(/\\/g, '/').split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') parts.pop();
    else parts.push(part);
  }
  return parts.join('/');
}

/**
 * Pairs each passage of a translated document (front matter `translation_of:`) with its original: same
 * structure, so the id with the original's stem (`docker-concepts.en#2.2` → `docker-concepts.zh#2.2`). The
 * original may be named relative to the notes folder or to the translation's own folder. Warns when the
 * original is missing or a passage has no counterpart.
 *
 * @example
 * linkTranslations(documents).originalOf.get('docker-concepts.en#2.2'); // 'docker-concepts.zh#2.2'
 */
export function linkTranslations(documents: readonly NotesDocument[]): TranslationLinks {
  const byFile = new Map(documents.map((d) => [normalisePath(d.file), d]));
  // Id → the passage's own id string: links hold that one, not the text built to look it up (a string built by
  // concatenation is slow to use as a key, again and again).
  const passageIds = new Map<string, string>();
  for (const doc of documents) for (const passage of doc.passages) passageIds.set(passage.id, passage.id);
  const links: TranslationLinks = { originalOf: new Map(), translationsOf: new Map(), warnings: [] };
  for (const doc of documents) {
    if (!doc.translationOf) continue;
    const dir = normalisePath(doc.file).split('/').slice(0, -1).join('/');
    const original =
      byFile.get(normalisePath(dir ? `${dir}/${doc.translationOf}` : doc.translationOf)) ??
      byFile.get(normalisePath(doc.translationOf));
    if (!original || original === doc) {
      links.warnings.push({
        file: doc.file,
        message: `translation_of names ${doc.translationOf}, which is not among the notes: its passages stand on their own`,
      });
      continue;
    }
    let unmatched = 0;
    for (const passage of doc.passages) {
      const suffix = passage.id.slice(passage.id.lastIndexOf('#'));
      const originalId = passageIds.get(`${original.stem}${suffix}`);
      if (originalId === undefined) {
        unmatched++;
        continue;
      }
      links.originalOf.set(passage.id, originalId);
      const list = links.translationsOf.get(originalId);
      if (list) list.push(passage.id);
      else links.translationsOf.set(originalId, [passage.id]);
    }
    if (unmatched > 0) {
      links.warnings.push({
        file: doc.file,
        message: `${unmatched} passage${unmatched === 1 ? '' : 's'} have no counterpart in ${original.file} (the structures differ)`,
      });
    }
  }
  return links;
}
