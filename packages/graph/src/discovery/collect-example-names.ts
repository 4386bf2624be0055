import type { NotesDocument } from '@notetutor/notes';
import { foldKey } from '../text/fold-for-match';
import { SHELL_LANGS } from './collect-commands';

/** Code-block languages that are data, output or configuration rather than a program. */
const NOT_PROGRAMS = new Set(
  'text txt plain plaintext output log diff markdown md yaml yml json ini conf toml xml html css nginx apache properties csv'.split(
    ' ',
  ),
);
/** `int *sequence`, `char buf`, `struct node *next`: a variable a declaration introduces (not a function's name). */
const DECLARED =
  /\b(?:int|char|long|short|bool|void|float|double|unsigned|signed|size_t|pid_t|struct\s+\w+|const|var|let|auto)\s+\**\s*([A-Za-z_]\w*)(?!\w|\s*\()/g;
/** `temp = *sequence`, `x += 1` (not `==`): a variable an assignment writes. */
const ASSIGNED = /(?:^|[\s;({,])([A-Za-z_]\w*)\s*(?:[-+*/%|&^]?=)(?!=)/gm;

/**
 * The names the notes' program examples give their own variables (the variables a code block in a programming
 * language declares or assigns: `int *sequence`, `temp = …`), folded. Such a name is an example's, not a term,
 * unless the notes define it. Shell sessions and configuration are not program examples.
 *
 * @example
 * collectExampleNames(parsed('```c\nvoid increment(int *sequence) { temp = *sequence; }\n```')); // Set { 'sequence', 'temp' }
 */
export function collectExampleNames(documents: readonly NotesDocument[]): Set<string> {
  const names = new Set<string>();
  for (const doc of documents) {
    for (const passage of doc.passages) {
      if (passage.kind !== 'code') continue;
      const lang = (passage.codeLang ?? '').toLowerCase().split(/\s/)[0] ?? '';
      if (SHELL_LANGS.has(lang) || NOT_PROGRAMS.has(lang)) continue;
      for (const m of passage.text.matchAll(DECLARED)) names.add(foldKey(m[1] ?? ''));
      for (const m of passage.text.matchAll(ASSIGNED)) names.add(foldKey(m[1] ?? ''));
    }
  }
  names.delete('');
  return names;
}
