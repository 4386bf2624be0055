import type { PassageDraft } from './passage-draft';
import { splitSentences } from './split-sentences';
import type { Passage } from './types';

/**
 * Turns a section's drafts into passages: drops drafts without text (their images wait for the next
 * passage, or go to the previous one at the end of the section), trims the text and numbers the rest.
 */
export function finishSection(
  section: { drafts: PassageDraft[] },
  build: (draft: PassageDraft, ordinal: number) => Passage,
): { passages: Passage[]; orphanImages: number } {
  const passages: Passage[] = [];
  let pending: PassageDraft['images'] = [];
  for (const draft of section.drafts) {
    draft.text = draft.kind === 'code' ? draft.text : tidyText(draft.text);
    if (draft.text === '') {
      for (const image of draft.images) pending.push(image);
      continue;
    }
    if (pending.length > 0) {
      draft.images = [...pending, ...draft.images];
      pending = [];
    }
    passages.push(build(draft, passages.length + 1));
  }
  const last = passages[passages.length - 1];
  if (pending.length > 0 && last) {
    for (const image of pending) last.images.push(image);
    pending = [];
  }
  return { passages, orphanImages: pending.length };
}

/** Trims lines, collapses space runs and empty-line runs (never used on code). */
function tidyText(text: string): string {
  if (!text.includes('\n') && !/^\s|\s$|[ \t]{2}/.test(text)) return text;
  return (
    text
      .split('\n')
      // Runs of spaces are left behind where an image or a tag stood between two spaces.
      .map((line) => line.replace(/[ \t]{2,}/g, ' ').trim())
      .filter((line, index, lines) => line !== '' || (index > 0 && lines[index - 1] !== ''))
      .join('\n')
      .trim()
  );
}

/** Sentences of a passage; for code, one per non-empty line. */
export function sentencesOf(draft: PassageDraft): Passage['sentences'] {
  if (draft.kind !== 'code') return splitSentences(draft.text);
  const spans: Passage['sentences'] = [];
  let start = 0;
  for (const line of draft.text.split('\n')) {
    const trimmed = line.trim();
    if (trimmed !== '') {
      const offset = start + line.indexOf(trimmed);
      spans.push({ start: offset, end: offset + trimmed.length });
    }
    start += line.length + 1;
  }
  return spans;
}
