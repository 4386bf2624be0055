import type { NotesDocument } from '@notetutor/notes';
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
/** `temp = *sequence`, `x += 1`, `flag[0] = true`, `salutation := "hi"` (not `==`): a variable an assignment writes. */
const ASSIGNED = /(?:^|[\s;({,])([A-Za-z_]\w*)(?:\[[^\]\n]*\])?\s*(?:[-+*/%|&^:]?=)(?!=)/gm;
/** `for _, salutation := range …`, `value, ok := <-ch`: the variables a Go declaration of several introduces. */
const ASSIGNED_MANY = /(?:^|[\s;({])((?:[A-Za-z_]\w*\s*,\s*)+[A-Za-z_]\w*)\s*:=/gm;
/** A sentence that opens with a name and says what it is: `A \`pipeline\` is …`, `sync.Once is a type …`. */
const DEFINES =
  /(?:^|[.!?]\s+)(?:(?:A|An|The)\s+)?`?([A-Za-z_][\w.]*)`?\s+(?:is|are)\s+(?:a|an|the|just|one)\b/g;
/**
 * `func sayHello() {`, `def fib(n):`, `function handle(req) {`, `loopData := func(handleData chan<- int) {`: a
 * function an example defines (with its body, so not an API's prototype or a method of a library type), and
 * the parameters it names.
 */
const DEFINED_FUNCTION =
  /\b(?:func|def|function)\s+([A-Za-z_]\w*)?\s*\(([^()]*)\)[^{:\n]*[{:]\s*$|\bfunc\s*\(([^()]*)\)[^{\n]*\{\s*$/gm;

/**
 * The names the notes' program examples give their own variables and functions (what a code block in a
 * programming language declares, assigns or defines with a body: `int *sequence`, `temp = …`, `x := …`,
 * `func sayHello() {`), as the code writes them (`mutex` of `mutex sync.Locker` is not the type `Mutex`). Such a name is an example's, not a term,
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
      for (const m of passage.text.matchAll(DECLARED)) names.add(m[1] ?? '');
      for (const m of passage.text.matchAll(ASSIGNED)) names.add(m[1] ?? '');
      for (const m of passage.text.matchAll(ASSIGNED_MANY))
        for (const name of (m[1] ?? '').split(',')) names.add(name.trim());
      for (const m of passage.text.matchAll(DEFINED_FUNCTION)) {
        names.add(m[1] ?? '');
        // A parameter is the first word of each `name type` (Go) or `name` (Python, JavaScript) of the list.
        for (const parameter of (m[2] ?? m[3] ?? '').split(','))
          names.add(/^\s*\**([A-Za-z_]\w*)/.exec(parameter)?.[1] ?? '');
      }
    }
  }
  names.delete('');
  names.delete('_');
  // A name the prose defines (`A \`pipeline\` is …`) is the notes' term, which their example also names.
  for (const doc of documents)
    for (const passage of doc.passages)
      if (passage.kind !== 'code' && /\s(?:is|are)\s/.test(passage.text))
        for (const m of passage.text.matchAll(DEFINES)) names.delete(m[1] ?? '');
  return names;
}
