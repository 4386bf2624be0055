/**
 * `npm run graph -- [--notes DIR] [--out FILE] [--vocabulary FILE] [--review [--seed N]]`: builds the concept graph of a notes folder,
 * prints a short summary and, with `--out`, writes graphology's JSON export (`graph.export()`) to FILE. With
 * `--review`, also prints a review sample (`reviewGraph`): counts, shares, ambiguous aliases, 40 random
 * concepts and 30 random typed relations with their evidence sentences.
 *
 * Defaults: notes `$NOTES_DIR`, else `<repo>/data/notes`; vocabulary `<repo>/data/vocabulary.yaml` (missing or
 * broken: a warning, and the graph is built from the concepts the notes name). Relative paths are taken from
 * the folder the command was typed in. The notes folder is only ever read.
 *
 * Exit codes: 0 built; 1 nothing usable in the notes, or the output could not be written; 2 bad usage.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { reviewGraph } from '@notetutor/graph';
import { loadKnowledgeBase } from '@notetutor/graph/node';
import { formatGraphReview } from './format-graph-review';
import { formatGraphSummary } from './graph-summary';
import { findRepoRoot, resolveFromUserCwd } from './repo-root';

const USAGE = `usage: npm run graph -- [--notes DIR] [--out FILE] [--vocabulary FILE] [--review [--seed N]]

  --notes DIR          folder of markdown notes (default: $NOTES_DIR, else data/notes)
  --out FILE           write the graph as graphology JSON (graph.export()) to FILE
  --vocabulary FILE    domain vocabulary YAML (default: data/vocabulary.yaml)
  --review             print a review sample: 40 random concepts, 30 random typed relations with evidence
  --seed N             seed of the review sample (default 1)
  -h, --help           show this help`;

interface GraphArgs {
  notes?: string;
  out?: string;
  vocabulary?: string;
  review: boolean;
  seed: number;
  help: boolean;
}

function readArgs(argv: string[]): GraphArgs {
  const { values, positionals } = parseArgs({
    args: argv,
    options: {
      notes: { type: 'string' },
      out: { type: 'string' },
      vocabulary: { type: 'string' },
      review: { type: 'boolean' },
      seed: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
    strict: true,
    allowPositionals: true,
  });
  if (positionals.length > 0) throw new Error(`unexpected argument ${positionals[0]}`);
  for (const name of ['notes', 'out', 'vocabulary'] as const) {
    const value = values[name];
    if (value !== undefined && (value.trim() === '' || value.startsWith('-')))
      throw new Error(`--${name} needs a path`);
  }
  const seed = values.seed === undefined ? 1 : Number(values.seed);
  if (!Number.isInteger(seed) || seed < 0) throw new Error('--seed needs a whole number ≥ 0');
  return {
    notes: values.notes,
    out: values.out,
    vocabulary: values.vocabulary,
    review: values.review === true,
    seed,
    help: values.help === true,
  };
}

/** `node:util` parseArgs errors, in a few words. */
function usageProblem(error: unknown): string {
  const code = (error as { code?: string }).code;
  const message = error instanceof Error ? error.message : String(error);
  const option = /'(-[^']*)'/.exec(message)?.[1];
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') return `unknown option ${option ?? message}`;
  if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE')
    return `${option?.split(' ')[0] ?? 'an option'} needs a value`;
  return message.split('\n')[0] ?? message;
}

async function main(argv: string[]): Promise<number> {
  let args: GraphArgs;
  try {
    args = readArgs(argv);
  } catch (error) {
    process.stderr.write(`graph: ${usageProblem(error)}\n${USAGE}\n`);
    return 2;
  }
  if (args.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  const root = findRepoRoot(path.dirname(fileURLToPath(import.meta.url)));
  const notesInput = args.notes ?? (process.env.NOTES_DIR?.trim() || undefined);
  const notesDir = notesInput ? resolveFromUserCwd(notesInput) : path.join(root, 'data', 'notes');
  const vocabularyFile = args.vocabulary
    ? resolveFromUserCwd(args.vocabulary)
    : path.join(root, 'data', 'vocabulary.yaml');

  const started = performance.now();
  const kb = await loadKnowledgeBase({ notesDir, vocabularyFile });
  const elapsed = Math.round(performance.now() - started);
  const shownDir = path.relative(process.env.INIT_CWD ?? process.cwd(), notesDir) || '.';
  process.stdout.write(`${formatGraphSummary(kb, shownDir)}\n`);

  if (kb.passages.size === 0) {
    process.stderr.write(`graph: nothing usable in ${notesDir}: no notes file could be read (see above).\n`);
    return 1;
  }
  if (args.out) {
    const outFile = resolveFromUserCwd(args.out);
    try {
      await mkdir(path.dirname(outFile), { recursive: true });
      await writeFile(outFile, `${JSON.stringify(kb.graph.export())}\n`);
    } catch (error) {
      const code = (error as { code?: string }).code ?? (error as Error).message;
      process.stderr.write(`graph: could not write ${outFile} (${code}).\n`);
      return 1;
    }
    process.stdout.write(`Wrote ${kb.graph.order} concepts and ${kb.graph.size} links to ${outFile}\n`);
  }
  process.stdout.write(`Built in ${elapsed} ms.\n`);
  if (args.review) {
    process.stdout.write(`\n${formatGraphReview(reviewGraph(kb, { seed: args.seed }), args.seed)}\n`);
  }
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`graph: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  },
);
