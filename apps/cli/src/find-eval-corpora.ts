import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';

/** One corpus to evaluate: a folder of notes and the questions asked about them. */
export interface EvalCorpus {
  name: string;
  notesDir: string;
  questionsFile: string;
}

/** What {@link findEvalCorpora} found: the usable corpora by name, and a message for each folder left out. */
export interface FoundCorpora {
  corpora: EvalCorpus[];
  skipped: string[];
}

const CorpusSettingsSchema = z.object({ notes: z.string().trim().min(1) }).strict();

const isDirectory = (p: string) => existsSync(p) && statSync(p).isDirectory();

/**
 * Lists the corpora under `corporaDir` (`data/eval/corpora`), sorted by name. Each subfolder holds
 * `questions.jsonl` and its notes in `notes/`, or elsewhere when a `corpus.json` says so
 * (`{ "notes": "../../../notes" }`, relative to the corpus folder). A folder without questions or without notes,
 * or with a broken `corpus.json`, is skipped with a message rather than failing the whole run.
 *
 * @example
 * findEvalCorpora('data/eval/corpora').corpora.map((c) => c.name); // ['ckad-notes-en', 'git-nginx-zh', …]
 */
export function findEvalCorpora(corporaDir: string): FoundCorpora {
  if (!isDirectory(corporaDir)) return { corpora: [], skipped: [`eval: no corpora folder at ${corporaDir}`] };
  const corpora: EvalCorpus[] = [];
  const skipped: string[] = [];
  const names = readdirSync(corporaDir)
    .filter((name) => !name.startsWith('.') && isDirectory(path.join(corporaDir, name)))
    .sort();
  for (const name of names) {
    const dir = path.join(corporaDir, name);
    const questionsFile = path.join(dir, 'questions.jsonl');
    if (!existsSync(questionsFile)) {
      skipped.push(`eval: corpus "${name}" has no questions.jsonl — skipped`);
      continue;
    }
    let notesDir = path.join(dir, 'notes');
    const settingsFile = path.join(dir, 'corpus.json');
    if (existsSync(settingsFile)) {
      let settings: z.infer<typeof CorpusSettingsSchema>;
      try {
        settings = CorpusSettingsSchema.parse(JSON.parse(readFileSync(settingsFile, 'utf8')));
      } catch (error) {
        const reason =
          error instanceof z.ZodError ? 'expected { "notes": "<folder>" }' : (error as Error).message;
        skipped.push(`eval: corpus "${name}" has a broken corpus.json (${reason}) — skipped`);
        continue;
      }
      notesDir = path.resolve(dir, settings.notes);
    }
    if (!isDirectory(notesDir)) {
      skipped.push(`eval: corpus "${name}" has no notes folder at ${notesDir} — skipped`);
      continue;
    }
    corpora.push({ name, notesDir, questionsFile });
  }
  return { corpora, skipped };
}
