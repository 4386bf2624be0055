export { type DecodedNotes, decodeNotesBytes } from './decode-notes-bytes';
export { type FoundNotesFiles, findNotesFiles } from './find-notes-files';
export { type LoadNotesDirOptions, loadNotesDir } from './load-notes-dir';
