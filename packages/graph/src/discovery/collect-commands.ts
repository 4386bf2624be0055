import type { Passage } from '@notetutor/notes';

/** Records a sighting of a term (`collectTermCandidates` turns it into a `TermSighting`). */
export type AddSighting = (
  term: string,
  kind: 'term' | 'command',
  strong: boolean,
  passageId: string,
  gloss?: string,
  /** The gloss is written first, as the term (`忙等待（busy waiting）`), the sighted term in brackets after it. */
  glossFirst?: boolean,
) => void;

export const SHELL_LANGS: ReadonlySet<string> = new Set([
  '',
  'sh',
  'bash',
  'shell',
  'console',
  'zsh',
  'shell-session',
  'terminal',
  'cmd',
  'powershell',
  'ps',
]);
/** A long command-line flag (`--net=host`, `--replicas=3`). */
export const FLAG = /(?<![\w-])--[a-z](?:[a-z0-9_-]*[a-z0-9])?(?:=[\w.:/-]*[\w/])?/g;

/**
 * Commands and flags a passage shows: for a shell code block (a `sh`/`bash`/`console`… block, or lines with a
 * `$` prompt) the program and sub-command of each command line (`kubectl get`) and its flags; for inline code a
 * command line, a flag, or a single technical word (a term).
 *
 * @example
 * collectCommands(passageOf('```bash\n$ kubectl logs web-1 --follow\n```'), add);
 * // add('kubectl logs', 'command', …), add('--follow', 'command', …)
 */
export function collectCommands(passage: Passage, add: AddSighting): void {
  if (passage.kind === 'code') {
    collectFromCode(passage, add);
    return;
  }
  for (const code of passage.inlineCode) collectFromInlineCode(code, passage.id, add);
}

function collectFromCode(passage: Passage, add: AddSighting): void {
  const lines = passage.text.split('\n');
  const prompted = lines.some((l) => /^\s*(?:\$|PS>|>)\s+\S/.test(l));
  const lang = (passage.codeLang ?? '').toLowerCase();
  if (!prompted && !SHELL_LANGS.has(lang)) return;
  if (!prompted && isConfiguration(lines)) {
    // `worker_processes 4;`, `upstream backend {`: a directive and its values; the directive is the term.
    for (const raw of lines) {
      const directive = STATEMENT.test(raw) ? /^\s*([a-z][a-z0-9_]*)\b/.exec(raw)?.[1] : undefined;
      if (directive && directive.length > 1) add(directive, 'term', true, passage.id);
    }
    return;
  }
  for (const raw of lines) {
    const prompt = /^\s*(?:\$|PS>|>|#)\s+/.exec(raw);
    if (prompted && !prompt) continue;
    if (!prompted && /^\s*#/.test(raw)) continue;
    // Columns set apart by runs of spaces are a command's output (`my-cluster  us-central1-a  RUNNING`).
    if (!prompt && /\S {2,}\S+ {2,}\S/.test(raw)) continue;
    const line = prompt ? raw.slice(prompt[0].length) : raw;
    const command = commandOf(line);
    if (command) add(command, 'command', true, passage.id);
    if (line.includes('--')) for (const m of line.matchAll(FLAG)) add(m[0], 'command', true, passage.id);
  }
}

/** The highlighting prefix some markdown dialects put in inline code (`#!c mmap(…)`, `#!python x`). */
const HIGHLIGHT_PREFIX = /^#!([\w-]+)\s+/;

function collectFromInlineCode(code: string, passageId: string, add: AddSighting): void {
  let text = code.trim();
  const highlight = HIGHLIGHT_PREFIX.exec(text);
  if (highlight) {
    // Code in a programming language (`#!c increment(&sequence)`) shows no command, and its words are the example's.
    if (!SHELL_LANGS.has((highlight[1] ?? '').toLowerCase())) return;
    text = text.slice(highlight[0].length);
  }
  if (text === '' || text.length > 80) return;
  if (text.startsWith('-')) {
    const flag = text.split(/\s+/)[0] ?? '';
    if (/^--?[a-zA-Z]/.test(flag)) add(flag, 'command', true, passageId);
    return;
  }
  if (/\s/.test(text)) {
    const command = commandOf(text);
    if (command) add(command, 'command', true, passageId);
    for (const m of text.matchAll(FLAG)) add(m[0], 'command', true, passageId);
    return;
  }
  // An assignment, a call, a mapping: code, not a name. A wildcard (`utm_*`, `*.conf`) makes it a pattern,
  // which names a family of names, not one thing.
  if (/[=:{}[\]()"'<>*?]/.test(text)) return;
  add(text, 'term', true, passageId);
}

/** A configuration statement: it ends with `;`, `{` or `}`, a comment after it aside. */
const STATEMENT = /[;{}]\s*(?:#.*)?$/;

/** A block whose lines are mostly configuration statements (an nginx.conf in a `shell` block) is no shell session. */
function isConfiguration(lines: readonly string[]): boolean {
  let statements = 0;
  let other = 0;
  for (const line of lines) {
    if (/^\s*(?:#.*)?$/.test(line)) continue;
    if (STATEMENT.test(line)) statements++;
    else other++;
  }
  return statements > 0 && statements >= other;
}

/** `kubectl get pods -n x` → `kubectl get`; `ls -la` → `ls`; not a command line → undefined. */
function commandOf(line: string): string | undefined {
  // `sudo certbot --nginx`: sudo runs the command after it.
  const words = line
    .trim()
    .replace(/^sudo\s+(?:-\S+\s+)*/, '')
    .split(/\s+/);
  const program = words[0] ?? '';
  if (!/^[a-z][a-z0-9._-]*$/.test(program) || program.length < 2) return undefined;
  const sub = words[1];
  // A switch after a setting is its value (`aof-use-rdb-preamble yes`), not a sub-command.
  if (sub && /^(?:yes|no|on|off|true|false)$/.test(sub)) return program;
  if (sub && /^[a-z][a-z0-9-]*$/.test(sub) && sub.length > 1) return `${program} ${sub}`;
  return program;
}
