/**
 * `npm run ask -- [--json] [--notes DIR] "question"`: asks the tutor from the terminal.
 *
 * Reads the notes (`--notes`, else `$NOTES_DIR`, else `<repo>/data/notes`) and `<repo>/data/vocabulary.yaml`,
 * answers with the model configured by `OPENAI_API_KEY` / `OPENAI_BASE_URL` / `TUTOR_MODEL` (see
 * `modelConfigFromEnv`) or offline, and prints the answer with its numbered sources. With `--json`, stdout is
 * exactly the `Answer` contract as JSON and nothing else (messages go to stderr).
 *
 * Exit codes: 0 answered; 1 the notes could not be read; 2 bad usage or configuration; 130 interrupted.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Answer, AnswerSchema, type Citation, MAX_QUESTION_CHARS } from '@notetutor/contracts';
import type { KnowledgeBase } from '@notetutor/graph';
import type { ChatModelConfig } from '@notetutor/tutor';
import { findRepoRoot, resolveFromUserCwd } from './repo-root';

const USAGE = `usage: npm run ask -- [--json] [--notes DIR] "question"

  --json        print the answer as the Answer contract JSON (and nothing else) on stdout
  --notes DIR   folder of markdown notes (default: $NOTES_DIR, else data/notes)
  -h, --help    show this help

A model answers when OPENAI_API_KEY and/or OPENAI_BASE_URL is set (model: TUTOR_MODEL);
otherwise the offline engine answers from the notes.`;

interface AskArgs {
  json: boolean;
  notes?: string;
  question: string;
  help: boolean;
}

class UsageError extends Error {}

/** Parses the command line; throws `UsageError` for anything it does not understand. */
function parseArgs(argv: readonly string[]): AskArgs {
  const args: AskArgs = { json: false, question: '', help: false };
  const words: string[] = [];
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i] as string;
    if (arg === '--') {
      words.push(...argv.slice(i + 1));
      break;
    }
    if (arg === '--json') args.json = true;
    else if (arg === '-h' || arg === '--help') args.help = true;
    else if (arg === '--notes' || arg.startsWith('--notes=')) {
      let value = arg.slice('--notes='.length);
      if (arg === '--notes') {
        i += 1;
        value = argv[i] ?? '';
      }
      if (value === '' || value.startsWith('--')) {
        throw new UsageError('--notes needs a folder');
      }
      args.notes = value;
    } else if (arg.startsWith('-') && arg.length > 1) throw new UsageError(`unknown option ${arg}`);
    else words.push(arg);
  }
  args.question = words.join(' ').trim();
  return args;
}

function indent(text: string, prefix: string): string {
  return text
    .split('\n')
    .map((line) => prefix + line)
    .join('\n');
}

function formatSource(citation: Pick<Citation, 'source'>): string {
  const { file, line, heading } = citation.source;
  return `${file}:${line}${heading ? ` — ${heading}` : ''}`;
}

/**
 * The answer's markdown for a terminal: `**bold**` as terminal bold on a colour terminal, else plain; the
 * backslash escapes that keep note text literal in markdown (`\<仓库名>`, `\*`) are removed.
 */
function renderMarkdown(text: string): string {
  const bold = process.stdout.isTTY === true && !process.env.NO_COLOR;
  return text
    .replace(/\*\*([^*\n]+)\*\*/g, (_whole, inner: string) => (bold ? `\x1b[1m${inner}\x1b[22m` : inner))
    .replace(/\\([\\`*_[\]<>#])/g, '$1');
}

/** The answer as terminal text: the answer, its numbered sources (with originals), concepts, follow-ups. */
function formatAnswer(answer: Answer, modelName: string | undefined): string {
  const en = answer.language !== 'zh';
  const parts = [renderMarkdown(answer.answer.trim())];
  if (answer.citations.length > 0) {
    const sources = answer.citations.map((citation, i) => {
      const lines = [`[${i + 1}] ${formatSource(citation)}`, indent(`“${citation.quote}”`, '    ')];
      if (citation.original) {
        lines.push(`    ${en ? 'original' : '原文'} ${formatSource(citation.original)}`);
        lines.push(indent(`“${citation.original.quote}”`, '    '));
      }
      return lines.join('\n');
    });
    parts.push(`${en ? 'Sources' : '出处'}\n${sources.join('\n')}`);
  }
  if (answer.concepts.length > 0) {
    parts.push(
      en
        ? `Concepts: ${answer.concepts.map((c) => c.label).join(', ')}`
        : `相关概念：${answer.concepts.map((c) => c.label).join('、')}`,
    );
  }
  if (answer.followUps.length > 0) {
    parts.push(
      `${en ? 'You could also ask:' : '还可以问：'}\n${answer.followUps.map((q) => `  - ${q}`).join('\n')}`,
    );
  }
  const engine =
    answer.engine === 'llm'
      ? en
        ? `Answered by the model (${modelName ?? 'llm'})`
        : `由模型回答（${modelName ?? 'llm'}）`
      : en
        ? 'Answered offline from your notes'
        : '由离线引擎根据笔记回答';
  const stop = en ? '. ' : '。';
  parts.push(answer.notice ? `${engine}${stop}${answer.notice}` : `${engine}${stop.trim()}`);
  return `${parts.join('\n\n')}\n`;
}

async function main(argv: readonly string[]): Promise<number> {
  let args: AskArgs;
  try {
    args = parseArgs(argv);
  } catch (error) {
    process.stderr.write(`ask: ${(error as Error).message}\n\n${USAGE}\n`);
    return 2;
  }
  if (args.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  if (args.question === '') {
    process.stderr.write(`ask: the question is empty; put it in quotes after the options.\n\n${USAGE}\n`);
    return 2;
  }
  if (args.question.length > MAX_QUESTION_CHARS) {
    process.stderr.write(
      `ask: the question is ${args.question.length} characters; at most ${MAX_QUESTION_CHARS}.\n`,
    );
    return 2;
  }

  // Loaded only once the command line is known to be good, so usage errors answer at once.
  const { createTutor, modelConfigFromEnv } = await import('@notetutor/tutor');
  const { loadKnowledgeBase } = await import('@notetutor/graph/node');
  let model: ChatModelConfig | null;
  try {
    model = modelConfigFromEnv(process.env);
  } catch (error) {
    process.stderr.write(`ask: ${(error as Error).message.replace(/^@notetutor\/[\w/-]+: /, '')}\n`);
    return 2;
  }

  const root = findRepoRoot(path.dirname(fileURLToPath(import.meta.url)));
  // Like `npm run eval`: a folder the user typed is relative to where they typed it, not to apps/cli.
  const notesArg = args.notes ?? process.env.NOTES_DIR?.trim();
  const notesDir = notesArg ? resolveFromUserCwd(notesArg) : path.join(root, 'data', 'notes');
  const vocabularyFile = path.join(root, 'data', 'vocabulary.yaml');
  if (!existsSync(notesDir)) {
    process.stderr.write(`ask: the notes folder ${notesDir} does not exist.\n`);
    return 1;
  }
  let kb: KnowledgeBase;
  try {
    kb = await loadKnowledgeBase({ notesDir, vocabularyFile });
  } catch (error) {
    process.stderr.write(`ask: cannot read the notes in ${notesDir}: ${(error as Error).message}\n`);
    return 1;
  }
  for (const skipped of kb.skipped) process.stderr.write(`ask: skipped ${skipped.file}: ${skipped.reason}\n`);
  for (const warning of kb.warnings) {
    if (warning.file === vocabularyFile)
      process.stderr.write(`ask: ${warning.message.replace(/^@notetutor\/[\w/-]+: /, '')}\n`);
  }
  if (kb.passages.size === 0) {
    process.stderr.write(`ask: no notes found in ${notesDir} (looked for .md files).\n`);
    return 1;
  }

  const controller = new AbortController();
  const interrupt = () => controller.abort();
  process.once('SIGINT', interrupt);
  const tutor = createTutor({ knowledgeBase: () => kb, model });
  if (model && !args.json && process.stderr.isTTY) process.stderr.write(`Asking ${model.model}…\n`);
  let answer: Answer;
  try {
    answer = await tutor.ask({ question: args.question }, { signal: controller.signal });
  } catch (error) {
    if (controller.signal.aborted) {
      process.stderr.write('ask: interrupted.\n');
      return 130;
    }
    throw error;
  } finally {
    process.off('SIGINT', interrupt);
  }

  if (args.json) {
    process.stdout.write(`${JSON.stringify(AnswerSchema.parse(answer), null, 2)}\n`);
  } else {
    process.stdout.write(formatAnswer(answer, model?.model));
  }
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(
      `ask: unexpected error: ${error instanceof Error ? error.message : String(error)}\n`,
    );
    process.exitCode = 1;
  },
);
