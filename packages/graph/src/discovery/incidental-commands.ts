import { isCommonWord } from '@notetutor/lexicon';
import type { NotesDocument } from '@notetutor/notes';
import { FLAG } from './collect-commands';

/** What tells an incidental command from one the notes are about. */
export interface CommandContext {
  /** Whether the notes write a word or flag outside code blocks (prose and inline code), lower-cased. */
  names(word: string): boolean;
  /** Whether the notes write anything outside code blocks that could name a program or flag. */
  namesAnything: boolean;
  /** For each flag seen in a code block, the programs of the lines that pass it (`--rm` → docker). */
  programsOf: ReadonlyMap<string, ReadonlySet<string>>;
  /** How many code blocks run each program (a setup of several lines in one block is one use). */
  blocksOf: ReadonlyMap<string, number>;
}

const WORD = /--?[a-z][\w-]*|[a-z0-9][\w.+-]*/g;

/**
 * Reads which words the notes name outside code blocks, and which programs each flag of a code block is
 * passed to, so that a command the notes only run in passing (`apt-get update`, `docker run --rm` to set up a
 * tool, a program the prose never names) is told from the commands they teach (`kubectl get`, named in prose
 * or run again).
 *
 * @example
 * const context = readCommandContext(corpus.documents);
 * isIncidentalCommand('docker run', context); // true when one line runs docker and the prose never names it
 */
export function readCommandContext(documents: readonly NotesDocument[]): CommandContext {
  const programsOf = new Map<string, Set<string>>();
  const blocksOf = new Map<string, number>();
  let namesAnything = false;
  for (const doc of documents) {
    for (const passage of doc.passages) {
      if (passage.kind !== 'code') {
        // What lower-cases to a letter or digit of WORD: ASCII, `İ` (i̇) and the Kelvin sign (k).
        if (!namesAnything && /[a-z0-9\u0130\u212a]/i.test(passage.text)) namesAnything = true;
        continue;
      }
      const programs = new Set<string>();
      for (const raw of passage.text.split('\n')) {
        const line = raw.replace(/^\s*(?:\$|PS>|>|#)\s+/, '').replace(/^\s*sudo\s+(?:-\S+\s+)*/, '');
        // A program is followed by its arguments or nothing: `fix(core): …` and `fix:` are no invocations.
        const program = /^\s*([a-z][a-z0-9._-]*)(?=\s|$)/.exec(line)?.[1];
        if (!program) continue;
        programs.add(program);
        if (!line.includes('--')) continue;
        for (const m of line.matchAll(FLAG)) {
          const flag = m[0].replace(/=.*$/, '');
          let passers = programsOf.get(flag);
          if (!passers) {
            passers = new Set();
            programsOf.set(flag, passers);
          }
          passers.add(program);
        }
      }
      for (const program of programs) blocksOf.set(program, (blocksOf.get(program) ?? 0) + 1);
    }
  }
  // The words of the prose are read only when a command is asked about (most notes have none only a code
  // block runs): reading every word of the notes into a set is a good part of a build otherwise.
  let named: Set<string> | undefined;
  const names = (word: string) => {
    if (!named) named = proseWords(documents);
    return named.has(word);
  };
  return { names, namesAnything, programsOf, blocksOf };
}

/** The words and flags the notes write outside code blocks, lower-cased (trailing dots left out). */
function proseWords(documents: readonly NotesDocument[]): Set<string> {
  const named = new Set<string>();
  for (const doc of documents) {
    for (const passage of doc.passages) {
      if (passage.kind === 'code') continue;
      // `match` gives the words alone: no match object per word (this reads every word of the notes).
      for (const word of passage.text.toLowerCase().match(WORD) ?? []) {
        named.add(word.endsWith('.') ? word.replace(/[.]+$/, '') : word);
      }
    }
  }
  return named;
}

/**
 * A command or flag only a code block shows, for a program the notes run in that one block and never name
 * outside code blocks (`docker run --rm …` to start a tool, `apt-get update` + `apt-get install …` to set it
 * up): used in passing, not taught.
 */
export function isIncidentalCommand(surface: string, context: CommandContext): boolean {
  // Notes that are only code name nothing outside it: nothing there is incidental.
  if (!context.namesAnything) return false;
  const folded = surface.toLowerCase();
  // A program whose name is a word of the language (`export KUBE_EDITOR=…`) is not named by prose that uses
  // the word (`flags to export the yaml`): one line running it is still a command in passing.
  if (/^[a-z]+$/.test(folded) && isCommonWord(folded, 'en', 3))
    return (context.blocksOf.get(folded) ?? 0) <= 1;
  if (context.names(folded)) return false;
  // A line whose first word is an everyday word, run in one block only, is a step written in the block
  // (`fix conflict` between `git rebase -i` and `git rebase --continue`), not a program the notes teach.
  const program = folded.split(' ')[0] ?? folded;
  if (/^[a-z]+$/.test(program) && isCommonWord(program, 'en') && context.blocksOf.get(program) === 1)
    return true;
  const passing = (program: string) => !context.names(program) && (context.blocksOf.get(program) ?? 0) <= 1;
  if (folded.startsWith('-')) {
    const programs = context.programsOf.get(folded);
    return programs !== undefined && programs.size > 0 && [...programs].every(passing);
  }
  return passing(program);
}
