/**
 * `npm run eval -- [--json] [--notes DIR] [--set FILE]`: runs the evaluation set through the offline tutor and
 * through a lexical-only baseline (BM25 with no concept linking and no graph), and prints citation hit@3,
 * refusal accuracy and citation precision per language, then the misses. The figures are defined in
 * `packages/tutor/README.md`.
 *
 * Exit codes: 0 evaluated (whatever the scores); 1 the notes could not be read; 2 bad usage or a broken
 * evaluation set.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Answer } from '@notetutor/contracts';
import type { KnowledgeBase } from '@notetutor/graph';
import { loadKnowledgeBase } from '@notetutor/graph/node';
import { composeOfflineAnswer, type Grounding, groundLexically, groundQuestion } from '@notetutor/tutor';
import { type EvalSummary, type ItemOutcome, scoreItem, summarizeOutcomes } from './eval-metrics';
import { type EvalItem, EvalSetError, parseEvalSet } from './eval-set';
import { findRepoRoot, resolveFromUserCwd } from './repo-root';

const USAGE = `usage: npm run eval -- [--json] [--notes DIR] [--set FILE]

  --json        print the results as JSON on stdout
  --notes DIR   folder of markdown notes (default: $NOTES_DIR, else data/notes)
  --set FILE    evaluation set (default: data/eval/questions.yaml)
  -h, --help    show this help`;

type Engine = 'offline' | 'baseline';
const ENGINES: Record<Engine, (kb: KnowledgeBase, item: EvalItem) => Grounding> = {
  offline: (kb, item) => groundQuestion(kb, { question: item.question, history: item.history }),
  baseline: (kb, item) => groundLexically(kb, { question: item.question, history: item.history }),
};

class UsageError extends Error {}

interface EvalArgs {
  json: boolean;
  help: boolean;
  notes?: string;
  set?: string;
}

function parseArgs(argv: readonly string[]): EvalArgs {
  const args: EvalArgs = { json: false, help: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (arg === '--json') args.json = true;
    else if (arg === '-h' || arg === '--help') args.help = true;
    else if (arg === '--notes' || arg === '--set') {
      const value = argv[++i];
      if (value === undefined || value.startsWith('--')) throw new UsageError(`${arg} needs a path`);
      if (arg === '--notes') args.notes = value;
      else args.set = value;
    } else throw new UsageError(`unknown argument ${arg}`);
  }
  return args;
}

function percent(value: number | null): string {
  return value === null ? '—' : `${(value * 100).toFixed(1)}%`;
}

function table(rows: { engine: Engine; lang: string; summary: EvalSummary }[]): string {
  const header = [
    'engine',
    'lang',
    'items',
    'hit@3',
    'refusal acc',
    'declined',
    'false refusals',
    'precision',
    'strict',
    'language',
  ];
  const lines = rows.map(({ engine, lang, summary: s }) => [
    engine,
    lang,
    String(s.items),
    percent(s.hitAt3),
    percent(s.refusalAccuracy),
    percent(s.declinedWhenExpected),
    String(s.falseRefusals),
    percent(s.precision),
    percent(s.strictPrecision),
    percent(s.languageAccuracy),
  ]);
  const widths = header.map((h, i) =>
    lines.reduce((widest, l) => Math.max(widest, (l[i] as string).length), h.length),
  );
  const format = (cells: string[]) =>
    cells
      .map((c, i) => c.padEnd(widths[i] as number))
      .join('  ')
      .trimEnd();
  return [format(header), format(widths.map((w) => '-'.repeat(w))), ...lines.map(format)].join('\n');
}

function describeMiss(outcome: ItemOutcome): string | undefined {
  const { item, cited, answer } = outcome;
  const short = (id: string) => id.replace(/^.*#/, '#');
  let problem: string | undefined;
  if (item.expect === 'refuse' && !outcome.decisionCorrect)
    problem = `answered instead of declining (cited ${cited.map(short).join(', ')})`;
  else if (item.expect === 'answer' && !answer.grounded) problem = 'declined an answerable question';
  else if (item.expect === 'answer' && !outcome.hit) {
    problem = `expected ${(item.cite ?? []).map(short).join('|')}, first citations ${cited.slice(0, 3).map(short).join(', ') || 'none'}`;
  }
  if (!outcome.languageCorrect) problem = `${problem ? `${problem}; ` : ''}answered in the wrong language`;
  return problem && `  ${item.id} [${item.kind}] ${item.question.replace(/\s+/g, ' ')}\n      → ${problem}`;
}

async function main(argv: readonly string[]): Promise<number> {
  let args: EvalArgs;
  try {
    args = parseArgs(argv);
  } catch (error) {
    process.stderr.write(`eval: ${(error as Error).message}\n${USAGE}\n`);
    return 2;
  }
  if (args.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  const root = findRepoRoot(path.dirname(fileURLToPath(import.meta.url)));
  const setFile = args.set ? resolveFromUserCwd(args.set) : path.join(root, 'data/eval/questions.yaml');
  let items: EvalItem[];
  try {
    items = parseEvalSet(readFileSync(setFile, 'utf8'));
  } catch (error) {
    const message =
      error instanceof EvalSetError
        ? error.message
        : `eval: cannot read ${setFile}: ${(error as Error).message}`;
    process.stderr.write(`${message}\n`);
    return 2;
  }

  const notesArg = args.notes ?? process.env.NOTES_DIR;
  const notesDir = notesArg ? resolveFromUserCwd(notesArg) : path.join(root, 'data/notes');
  let kb: KnowledgeBase;
  try {
    kb = await loadKnowledgeBase({ notesDir, vocabularyFile: path.join(root, 'data/vocabulary.yaml') });
  } catch (error) {
    process.stderr.write(`eval: cannot load the notes in ${notesDir}: ${(error as Error).message}\n`);
    return 1;
  }

  const outcomes = {} as Record<Engine, ItemOutcome[]>;
  for (const engine of Object.keys(ENGINES) as Engine[]) {
    outcomes[engine] = items.map((item) => {
      const answer: Answer = composeOfflineAnswer(kb, ENGINES[engine](kb, item));
      return scoreItem(item, answer);
    });
  }
  const rows = (Object.keys(ENGINES) as Engine[]).flatMap((engine) =>
    (['all', 'zh', 'en'] as const).map((lang) => ({
      engine,
      lang,
      summary: summarizeOutcomes(outcomes[engine].filter((o) => lang === 'all' || o.item.lang === lang)),
    })),
  );

  if (args.json) {
    const result = {
      set: path.relative(root, setFile),
      notes: path.relative(root, notesDir) || '.',
      passages: kb.passages.size,
      summaries: rows,
      misses: Object.fromEntries(
        (Object.keys(ENGINES) as Engine[]).map((engine) => [
          engine,
          outcomes[engine]
            .filter((o) => describeMiss(o) !== undefined)
            .map((o) => ({
              id: o.item.id,
              expect: o.item.expect,
              cite: o.item.cite ?? [],
              cited: o.cited,
              grounded: o.answer.grounded,
            })),
        ]),
      ),
    };
    process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
    return 0;
  }

  const zh = items.filter((i) => i.lang === 'zh').length;
  const out = [
    `Tutor evaluation: ${items.length} questions (${zh} zh, ${items.length - zh} en) from ${path.relative(root, setFile)}`,
    `Notes: ${path.relative(root, notesDir) || '.'} (${kb.passages.size} passages, ${kb.graph.order} concepts, ${kb.graph.size} relations)`,
    '',
    table(rows),
  ];
  for (const engine of Object.keys(ENGINES) as Engine[]) {
    const misses = outcomes[engine].map(describeMiss).filter((m): m is string => m !== undefined);
    out.push('', `Misses (${engine}): ${misses.length === 0 ? 'none' : misses.length}`, ...misses);
  }
  process.stdout.write(`${out.join('\n')}\n`);
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`eval: ${(error as Error).message ?? String(error)}\n`);
    process.exitCode = 1;
  },
);
