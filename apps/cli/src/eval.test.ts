import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const cli = fileURLToPath(new URL('./eval.ts', import.meta.url));
const tsx = fileURLToPath(new URL('../../../node_modules/.bin/tsx', import.meta.url));

function run(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(tsx, [cli, ...args], { timeout: 60_000 }, (error, stdout, stderr) => {
      resolve({ code: error ? ((error as { code?: number }).code ?? 1) : 0, stdout, stderr });
    });
  });
}

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'notetutor-eval-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('npm run eval', () => {
  it('prints the figures of both engines for one seed-format set with --set and --json', async () => {
    const set = path.join(dir, 'small.yaml');
    await writeFile(
      set,
      [
        '- { id: a, lang: en, kind: basic, question: What do cgroups do?, expect: answer, cite: [docker-concepts.zh#2.3] }',
        '- { id: b, lang: zh, kind: off-topic, question: 法国的首都是哪里？, expect: refuse }',
      ].join('\n'),
    );
    const { code, stdout } = await run(['--json', '--set', set]);
    expect(code).toBe(0);
    const [corpus] = JSON.parse(stdout).corpora;
    expect(corpus.name).toBe('small');
    expect(corpus.tallies.offline).toMatchObject({
      items: 2,
      hits: 1,
      answerable: 1,
      declined: 1,
      falseDeclines: 0,
    });
    expect(corpus.tallies.baseline.items).toBe(2);
    expect(
      corpus.byLanguage.find(
        (r: { engine: string; lang: string }) => r.engine === 'offline' && r.lang === 'all',
      ),
    ).toMatchObject({ summary: { items: 2, hitAt3: 1, refusalAccuracy: 1 } });
    expect(corpus.misses.offline).toEqual([]);
  }, 60_000);

  it('runs a JSON Lines set on the dev half by default and on both halves with --split all', async () => {
    const set = path.join(dir, 'halves.jsonl');
    const q = (id: string, question: string, kind = 'refuse') =>
      JSON.stringify({
        id,
        lang: 'en',
        q: question,
        kind,
        ...(kind === 'answer' ? { cite: ['Cgroups'], terms: ['cgroups'] } : {}),
      });
    await writeFile(
      set,
      [
        q('a1', 'What do cgroups do?', 'answer'),
        q('a2', 'How are Docker images built out of layers?', 'answer'),
        q('r1', 'Who wrote Hamlet?'),
        q('r2', 'What is the capital of France?'),
      ].join('\n'),
    );
    const dev = JSON.parse((await run(['--json', '--set', set])).stdout);
    expect(dev.split).toBe('dev');
    expect(dev.corpora[0].tallies.offline).toMatchObject({
      items: 2,
      answerable: 1,
      refuseItems: 1,
      hits: 1,
    });
    const all = JSON.parse((await run(['--json', '--set', set, '--split', 'all'])).stdout);
    expect(all.corpora[0].tallies.offline).toMatchObject({ items: 4, answerable: 2, refuseItems: 2 });
  }, 60_000);

  it('prints one table over the corpora folder, saying which folders it skipped', async () => {
    const corpora = path.join(dir, 'corpora');
    await mkdir(path.join(corpora, 'tiny/notes'), { recursive: true });
    await writeFile(
      path.join(corpora, 'tiny/notes/redis.md'),
      '# Redis\n\n## Persistence\n\n- RDB writes a point-in-time snapshot of the data set to disk.\n- AOF logs every write command and replays it at start.\n',
    );
    await writeFile(
      path.join(corpora, 'tiny/questions.jsonl'),
      [
        JSON.stringify({
          id: 't1',
          lang: 'en',
          q: 'What does RDB write?',
          kind: 'answer',
          cite: ['point-in-time snapshot'],
          terms: ['snapshot'],
        }),
        JSON.stringify({ id: 't2', lang: 'en', q: 'Who wrote Hamlet?', kind: 'refuse' }),
      ].join('\n'),
    );
    await mkdir(path.join(corpora, 'empty/notes'), { recursive: true });
    const { code, stdout } = await run(['--corpora', corpora]);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^corpus\s+engine\s+items\s+hit@3\s+declines\s+false declines\s+partial$/m);
    expect(stdout).toMatch(/^seed\s+offline\s+\d+/m);
    expect(stdout).toMatch(/^tiny\s+offline\s+2\s+\S+\s+\(\d\/1\)\s+\d\/1\s+\d\s+\d$/m);
    expect(stdout).toMatch(/^tiny\s+baseline\s+2\s/m);
    expect(stdout).toContain('eval: corpus "empty" has no questions.jsonl — skipped');
    expect(stdout).toMatch(/^tiny: 1 file, \d+ passages?, /m);
  }, 60_000);

  it('says the seed has no test half instead of reporting empty figures', async () => {
    const { code, stdout } = await run(['--corpus', 'seed', '--split', 'test']);
    expect(code).toBe(0);
    expect(stdout).toContain('eval: corpus "seed" has no test questions — skipped');
    expect(stdout).not.toMatch(/^seed\s+offline/m);
  }, 60_000);

  it('fails with exit code 2 and names the problem when the set is broken', async () => {
    const set = path.join(dir, 'broken.yaml');
    await writeFile(set, '- { id: a, lang: en, kind: basic, question: q, expect: answer }\n');
    const { code, stdout, stderr } = await run(['--set', set]);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(/eval: item "a".*cite/);
  }, 60_000);

  it('rejects unknown options, an unknown corpus and a bad split with the usage', async () => {
    const problems = {
      '--frobnicate': /unknown argument --frobnicate/,
      '--corpus nope': /no corpus named "nope"; known: seed, /,
      '--split train': /--split must be dev, test or all/,
    };
    for (const [args, problem] of Object.entries(problems)) {
      const { code, stderr } = await run(args.split(' '));
      expect(code).toBe(2);
      expect(stderr).toMatch(problem);
      expect(stderr).toMatch(/usage: npm run eval/);
    }
  }, 60_000);
});
