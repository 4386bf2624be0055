import { normalizeForSearch } from '../text/normalize-for-search';
import type { TutorIndex } from './prepare-index';

/**
 * Whether some passage holding every one of `stems` matches `pattern` on its folded text: how a compound
 * (`no-cache`) or a phrase (`fair lock`) is looked for without an index of its own. Only the passages of the
 * rarest stem are read, at most `checks` of them; past that, `unsure` is the answer.
 */
export function notesWrite(
  index: TutorIndex,
  stems: readonly string[],
  pattern: RegExp,
  checks: number,
  unsure: boolean,
): boolean {
  let docs: Int32Array | undefined;
  for (const stem of stems) {
    const id = index.passages.termId.get(stem);
    const postings = id === undefined ? undefined : index.passages.postingPassages[id];
    if (postings === undefined) return false;
    if (docs === undefined || postings.length < docs.length) docs = postings;
  }
  let checked = 0;
  for (const position of docs ?? []) {
    if (checked++ >= checks) return unsure;
    const passage = index.passages.passages[position];
    if (passage && pattern.test(normalizeForSearch(passage.text))) return true;
  }
  return false;
}
