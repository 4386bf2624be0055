import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
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
  it('prints the figures of both engines as JSON with --json', async () => {
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
    const result = JSON.parse(stdout);
    const offline = result.summaries.find(
      (s: { engine: string; lang: string }) => s.engine === 'offline' && s.lang === 'all',
    );
    expect(offline.summary).toMatchObject({ items: 2, hitAt3: 1, refusalAccuracy: 1 });
    expect(result.summaries.some((s: { engine: string }) => s.engine === 'baseline')).toBe(true);
    expect(result.misses.offline).toEqual([]);
  }, 60_000);

  it('fails with exit code 2 and names the problem when the set is broken', async () => {
    const set = path.join(dir, 'broken.yaml');
    await writeFile(set, '- { id: a, lang: en, kind: basic, question: q, expect: answer }\n');
    const { code, stdout, stderr } = await run(['--set', set]);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(/eval: item "a".*cite/);
  }, 60_000);

  it('rejects unknown options with the usage', async () => {
    const { code, stderr } = await run(['--frobnicate']);
    expect(code).toBe(2);
    expect(stderr).toMatch(/usage: npm run eval/);
  }, 60_000);
});
