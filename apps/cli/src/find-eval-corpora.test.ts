import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findEvalCorpora } from './find-eval-corpora';

let top: string;
let dir: string;
beforeAll(async () => {
  top = await mkdtemp(path.join(tmpdir(), 'notetutor-corpora-'));
  dir = path.join(top, 'corpora');
  await mkdir(dir);
  const question = '{"id":"a","lang":"en","q":"Who wrote Hamlet?","kind":"refuse"}\n';
  await mkdir(path.join(top, 'shared-notes'));
  await mkdir(path.join(dir, 'b-plain/notes'), { recursive: true });
  await writeFile(path.join(dir, 'b-plain/questions.jsonl'), question);
  await mkdir(path.join(dir, 'a-elsewhere'));
  await writeFile(path.join(dir, 'a-elsewhere/questions.jsonl'), question);
  await writeFile(path.join(dir, 'a-elsewhere/corpus.json'), '{ "notes": "../../shared-notes" }');
  await mkdir(path.join(dir, 'c-no-questions/notes'), { recursive: true });
  await mkdir(path.join(dir, 'd-no-notes'));
  await writeFile(path.join(dir, 'd-no-notes/questions.jsonl'), question);
  await mkdir(path.join(dir, 'e-broken'));
  await writeFile(path.join(dir, 'e-broken/questions.jsonl'), question);
  await writeFile(path.join(dir, 'e-broken/corpus.json'), '{ "notes": 3 }');
});
afterAll(async () => {
  await rm(top, { recursive: true, force: true });
});

describe('findEvalCorpora', () => {
  it('lists the usable corpora by name, following corpus.json to notes kept elsewhere', () => {
    const { corpora } = findEvalCorpora(dir);
    expect(corpora.map((c) => c.name)).toEqual(['a-elsewhere', 'b-plain']);
    expect(corpora[0]?.notesDir).toBe(path.join(top, 'shared-notes'));
    expect(corpora[1]).toEqual({
      name: 'b-plain',
      notesDir: path.join(dir, 'b-plain/notes'),
      questionsFile: path.join(dir, 'b-plain/questions.jsonl'),
    });
  });

  it('skips a folder without questions, without notes or with a broken corpus.json, saying why', () => {
    const { skipped } = findEvalCorpora(dir);
    expect(skipped).toEqual([
      'eval: corpus "c-no-questions" has no questions.jsonl — skipped',
      expect.stringMatching(
        /^eval: corpus "d-no-notes" has no notes folder at .*d-no-notes\/notes — skipped$/,
      ),
      expect.stringMatching(/^eval: corpus "e-broken" has a broken corpus\.json \(expected \{ "notes"/),
    ]);
  });

  it('reports a missing corpora folder instead of throwing', () => {
    expect(findEvalCorpora(path.join(dir, 'nope'))).toEqual({
      corpora: [],
      skipped: [`eval: no corpora folder at ${path.join(dir, 'nope')}`],
    });
  });
});
