/**
 * `npm run eval -- [--split dev|test|all] [--corpus NAME]… [--json] [--notes DIR] [--set FILE]`: runs every
 * evaluation corpus through the offline tutor and through a lexical-only baseline (BM25 with no concept linking and
 * no graph), and prints one table, per corpus × engine: items, hit@3, declines, false declines, partial answers;
 * then the offline misses and the report sections of each corpus.
 *
 * Corpora: the seed's `data/eval/questions.yaml` over `data/notes` (corpus `seed`, all dev, scored by passage id),
 * and every folder of `data/eval/corpora` (`questions.jsonl` + `notes/`, scored like `shared/tools/score.mjs`).
 * `--notes`/`--set` evaluate one set instead (YAML, or JSON Lines when the file ends in `.jsonl`).
 *
 * Exit codes: 0 evaluated (whatever the scores); 1 some notes could not be read; 2 bad usage or a broken
 * question set.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Answer } from '@notetutor/contracts';
import type { KnowledgeBase } from '@notetutor/graph';
import { loadKnowledgeBase } from '@notetutor/graph/node';
import { composeOfflineAnswer, type Grounding, groundLexically, groundQuestion } from '@notetutor/tutor';
import {
  type CorpusOutcome,
  type CorpusTally,
  type EvalSummary,
  scoreCorpusQuestion,
  scoreItem,
  summarizeOutcomes,
  tallyCorpus,
  toCorpusOutcome,
} from './eval-metrics';
import {
  type CorpusQuestion,
  type EvalItem,
  EvalSetError,
  parseCorpusQuestions,
  parseEvalSet,
} from './eval-set';
import { findEvalCorpora } from './find-eval-corpora';
import { findRepoRoot, resolveFromUserCwd } from './repo-root';
import { REPORT_SECTIONS } from './report-sections';

const USAGE = `usage: npm run eval -- [--split dev|test|all] [--corpus NAME]... [--json] [--notes DIR] [--set FILE]

  --split S      which half of each corpus's questions: dev (default), test (read it only at the end) or all;
                 the seed's questions.yaml is all dev
  --corpus NAME  evaluate only this corpus (repeatable): seed, or a folder name of data/eval/corpora
  --corpora DIR  the folder of corpora (default: data/eval/corpora)
  --json         print the results as JSON on stdout
  --notes DIR    evaluate one set over these notes (default: $NOTES_DIR, else data/notes)
  --set FILE     evaluate one set: questions.yaml format, or questions.jsonl format if it ends in .jsonl
  -h, --help     show this help`;

type Engine = 'offline' | 'baseline';
const ENGINE_NAMES: readonly Engine[] = ['offline', 'baseline'];
const ENGINES: Record<
  Engine,
  (kb: KnowledgeBase, q: { question: string; history?: EvalItem['history'] }) => Grounding
> = {
  offline: (kb, q) => groundQuestion(kb, q),
  baseline: (kb, q) => groundLexically(kb, q),
};
type Split = 'dev' | 'test' | 'all';

class UsageError extends Error {}

interface EvalArgs {
  json: boolean;
  help: boolean;
  split: Split;
  corpus: string[];
  corpora?: string;
  notes?: string;
  set?: string;
}

function parseArgs(argv: readonly string[]): EvalArgs {
  const args: EvalArgs = { json: false, help: false, split: 'dev', corpus: [] };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (arg === '--json') args.json = true;
    else if (arg === '-h' || arg === '--help') args.help = true;
    else if (['--notes', '--set', '--split', '--corpus', '--corpora'].includes(arg)) {
      const value = argv[++i];
      if (value === undefined || value.startsWith('--')) throw new UsageError(`${arg} needs a value`);
      if (arg === '--notes') args.notes = value;
      else if (arg === '--set') args.set = value;
      else if (arg === '--corpora') args.corpora = value;
      else if (arg === '--corpus') args.corpus.push(value);
      else if (value === 'dev' || value === 'test' || value === 'all') args.split = value;
      else throw new UsageError(`--split must be dev, test or all, not "${value}"`);
    } else throw new UsageError(`unknown argument ${arg}`);
  }
  if ((args.notes || args.set) && (args.corpus.length > 0 || args.corpora))
    throw new UsageError(
      '--notes/--set evaluate one set; they cannot be combined with --corpus or --corpora',
    );
  return args;
}

/** A question set to run: seed-format items (scored by passage id) or corpus questions (scored by phrase). */
type QuestionSet = { format: 'yaml'; items: EvalItem[] } | { format: 'jsonl'; questions: CorpusQuestion[] };

interface CorpusPlan {
  name: string;
  notesDir: string;
  setFile: string;
}

interface CorpusResult {
  name: string;
  plan: CorpusPlan;
  kb: KnowledgeBase;
  tallies: Record<Engine, CorpusTally>;
  outcomes: Record<Engine, CorpusOutcome[]>;
  /** Seed-format sets only: the per-language figures of the tutor README. */
  byLanguage?: { engine: Engine; lang: string; summary: EvalSummary }[];
}

function readSet(file: string): QuestionSet {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    throw new EvalSetError(`eval: cannot read ${file}: ${(error as Error).message}`);
  }
  try {
    return file.endsWith('.jsonl')
      ? { format: 'jsonl', questions: parseCorpusQuestions(text) }
      : { format: 'yaml', items: parseEvalSet(text) };
  } catch (error) {
    if (error instanceof EvalSetError) throw new EvalSetError(`${error.message} (in ${file})`);
    throw error;
  }
}

/** Keeps the questions of the asked half; a seed-format set is all dev. */
function selectSplit(set: QuestionSet, split: Split): QuestionSet {
  if (split === 'all') return set;
  if (set.format === 'yaml') return split === 'dev' ? set : { format: 'yaml', items: [] };
  return { format: 'jsonl', questions: set.questions.filter((q) => q.split === split) };
}

const setSize = (set: QuestionSet) => (set.format === 'yaml' ? set.items.length : set.questions.length);

function answerWith(
  engine: Engine,
  kb: KnowledgeBase,
  question: string,
  history?: EvalItem['history'],
): Answer {
  return composeOfflineAnswer(kb, ENGINES[engine](kb, history ? { question, history } : { question }));
}

function evaluate(plan: CorpusPlan, set: QuestionSet, kb: KnowledgeBase): CorpusResult {
  const outcomes = {} as Record<Engine, CorpusOutcome[]>;
  const tallies = {} as Record<Engine, CorpusTally>;
  let byLanguage: CorpusResult['byLanguage'];
  for (const engine of ENGINE_NAMES) {
    if (set.format === 'yaml') {
      const scored = set.items.map((item) =>
        scoreItem(item, answerWith(engine, kb, item.question, item.history)),
      );
      outcomes[engine] = scored.map(toCorpusOutcome);
      byLanguage = [
        ...(byLanguage ?? []),
        ...(['all', 'zh', 'en'] as const).map((lang) => ({
          engine,
          lang,
          summary: summarizeOutcomes(scored.filter((o) => lang === 'all' || o.item.lang === lang)),
        })),
      ];
    } else {
      outcomes[engine] = set.questions.map((q) =>
        scoreCorpusQuestion(q, answerWith(engine, kb, q.q, q.history)),
      );
    }
    tallies[engine] = tallyCorpus(outcomes[engine]);
  }
  return { name: plan.name, plan, kb, tallies, outcomes, ...(byLanguage ? { byLanguage } : {}) };
}

function percent(part: number, whole: number): string {
  return whole === 0 ? '—' : `${((100 * part) / whole).toFixed(1)}%`;
}

function formatTable(header: string[], lines: string[][]): string {
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

function corpusTable(results: readonly CorpusResult[]): string {
  const header = ['corpus', 'engine', 'items', 'hit@3', '', 'declines', 'false declines', 'partial'];
  const lines = results.flatMap((r) =>
    ENGINE_NAMES.map((engine) => {
      const t = r.tallies[engine];
      return [
        r.name,
        engine,
        String(t.items),
        percent(t.hits, t.answerable),
        `(${t.hits}/${t.answerable})`,
        `${t.declined}/${t.refuseItems}`,
        String(t.falseDeclines),
        String(t.partial),
      ];
    }),
  );
  return formatTable(header, lines);
}

function languageTable(rows: NonNullable<CorpusResult['byLanguage']>): string {
  const pct = (value: number | null) => (value === null ? '—' : `${(value * 100).toFixed(1)}%`);
  const header = ['engine', 'lang', 'items', 'hit@3', 'refusal acc', 'precision', 'strict', 'language'];
  const lines = rows.map(({ engine, lang, summary: s }) => [
    engine,
    lang,
    String(s.items),
    pct(s.hitAt3),
    pct(s.refusalAccuracy),
    pct(s.precision),
    pct(s.strictPrecision),
    pct(s.languageAccuracy),
  ]);
  return formatTable(header, lines);
}

function describeMiss(outcome: CorpusOutcome): string {
  const cited = outcome.answer.citations
    .slice(0, 3)
    .map((c) => c.original?.id ?? c.id)
    .join(', ');
  const tail =
    outcome.expect === 'answer' && outcome.answer.grounded ? ` (first citations: ${cited || 'none'})` : '';
  return `  ${outcome.id} [${outcome.expect}] ${outcome.question.replace(/\s+/g, ' ')}\n      → ${outcome.miss}${tail}`;
}

/** The corpora to run: one set from --notes/--set, or the seed plus every folder of the corpora folder. */
function planCorpora(args: EvalArgs, root: string): { plans: CorpusPlan[]; skipped: string[] } {
  const seedSet = path.join(root, 'data/eval/questions.yaml');
  if (args.notes || args.set) {
    const notesArg = args.notes ?? process.env.NOTES_DIR;
    const setFile = args.set ? resolveFromUserCwd(args.set) : seedSet;
    return {
      plans: [
        {
          name: args.set ? path.basename(setFile).replace(/\.(jsonl|ya?ml)$/, '') : 'seed',
          notesDir: notesArg ? resolveFromUserCwd(notesArg) : path.join(root, 'data/notes'),
          setFile,
        },
      ],
      skipped: [],
    };
  }
  const found = findEvalCorpora(
    args.corpora ? resolveFromUserCwd(args.corpora) : path.join(root, 'data/eval/corpora'),
  );
  const all: CorpusPlan[] = [
    { name: 'seed', notesDir: path.join(root, 'data/notes'), setFile: seedSet },
    ...found.corpora.map((c) => ({ name: c.name, notesDir: c.notesDir, setFile: c.questionsFile })),
  ];
  if (args.corpus.length === 0) return { plans: all, skipped: found.skipped };
  const unknown = args.corpus.filter((name) => !all.some((p) => p.name === name));
  if (unknown.length > 0)
    throw new UsageError(
      `no corpus named ${unknown.map((n) => `"${n}"`).join(', ')}; known: ${all.map((p) => p.name).join(', ')}`,
    );
  return { plans: all.filter((p) => args.corpus.includes(p.name)), skipped: [] };
}

async function main(argv: readonly string[]): Promise<number> {
  let args: EvalArgs;
  let plans: CorpusPlan[];
  let skipped: string[];
  const root = findRepoRoot(path.dirname(fileURLToPath(import.meta.url)));
  try {
    args = parseArgs(argv);
    if (args.help) {
      process.stdout.write(`${USAGE}\n`);
      return 0;
    }
    ({ plans, skipped } = planCorpora(args, root));
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    process.stderr.write(`eval: ${error.message}\n${USAGE}\n`);
    return 2;
  }

  const sets = new Map<string, QuestionSet>();
  try {
    for (const plan of plans) sets.set(plan.name, selectSplit(readSet(plan.setFile), args.split));
  } catch (error) {
    if (!(error instanceof EvalSetError)) throw error;
    process.stderr.write(`${error.message}\n`);
    return 2;
  }

  const results: CorpusResult[] = [];
  for (const plan of plans) {
    const set = sets.get(plan.name) as QuestionSet;
    if (setSize(set) === 0) {
      skipped.push(`eval: corpus "${plan.name}" has no ${args.split} questions — skipped`);
      continue;
    }
    let kb: KnowledgeBase;
    try {
      kb = await loadKnowledgeBase({
        notesDir: plan.notesDir,
        vocabularyFile: path.join(root, 'data/vocabulary.yaml'),
      });
    } catch (error) {
      process.stderr.write(`eval: cannot load the notes in ${plan.notesDir}: ${(error as Error).message}\n`);
      return 1;
    }
    results.push(evaluate(plan, set, kb));
  }

  const rel = (p: string) => path.relative(root, p) || '.';
  if (args.json) {
    const result = {
      split: args.split,
      skipped,
      corpora: results.map((r) => ({
        name: r.name,
        set: rel(r.plan.setFile),
        notes: rel(r.plan.notesDir),
        passages: r.kb.passages.size,
        tallies: r.tallies,
        ...(r.byLanguage ? { byLanguage: r.byLanguage } : {}),
        sections: REPORT_SECTIONS.map((section) => section(r.kb, r.name)).filter(Boolean),
        misses: Object.fromEntries(
          ENGINE_NAMES.map((engine) => [
            engine,
            r.outcomes[engine]
              .filter((o) => o.miss !== '')
              .map((o) => ({
                id: o.id,
                expect: o.expect,
                miss: o.miss,
                grounded: o.answer.grounded,
                cited: o.answer.citations.map((c) => c.original?.id ?? c.id),
              })),
          ]),
        ),
      })),
    };
    process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
    return 0;
  }

  const out = [`Tutor evaluation, ${args.split} questions, ${results.length} corpora`, ''];
  if (results.length > 0) out.push(corpusTable(results));
  out.push(
    '',
    'hit@3: answerable items cited right in the first three citations; declines: questions to decline that were',
    'declined; false declines: answerable items declined; partial: answers marked coverage "partial".',
  );
  for (const message of skipped) out.push(message);
  for (const r of results) {
    if (r.byLanguage)
      out.push('', `${r.name} by language (${rel(r.plan.setFile)}):`, languageTable(r.byLanguage));
  }
  for (const r of results) {
    const misses = r.outcomes.offline.filter((o) => o.miss !== '').map(describeMiss);
    out.push('', `Misses of ${r.name} (offline): ${misses.length === 0 ? 'none' : misses.length}`, ...misses);
  }
  const sections = results.flatMap((r) =>
    REPORT_SECTIONS.map((section) => section(r.kb, r.name)).filter(Boolean),
  );
  if (sections.length > 0) out.push('', ...sections);
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
