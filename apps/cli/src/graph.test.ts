import { spawn } from 'node:child_process';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { GraphExportSchema } from '@notetutor/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const cliDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const script = path.join(cliDir, 'src', 'graph.ts');

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs `npm run graph` the way npm does: inside apps/cli, with the user's folder in INIT_CWD. */
function runGraph(args: string[], env: Record<string, string> = {}): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', script, ...args], {
      cwd: cliDir,
      env: { ...process.env, NOTES_DIR: '', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => {
      stdout += chunk;
    });
    child.stderr.on('data', (chunk) => {
      stderr += chunk;
    });
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'graph-cli-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('npm run graph', () => {
  it('builds the seed notes, prints a summary and writes the graphology export', async () => {
    const out = path.join(dir, 'out', 'graph.json');
    const run = await runGraph(['--out', out]);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(
      /files: +2 read \(docker-concepts\.en\.md, docker-concepts\.zh\.md\), 0 skipped/,
    );
    expect(run.stdout).toMatch(/concepts: +\d+ \(\d+ from the vocabulary, \d+ discovered in the notes\)/);
    expect(run.stdout).toMatch(/most central: .*容器 container/);
    const exported = GraphExportSchema.parse(JSON.parse(await readFile(out, 'utf8')));
    expect(exported.nodes.map((n) => n.key)).toEqual(
      expect.arrayContaining(['docker0', 'veth-pair', 'iptables']),
    );
    expect(exported.edges.map((e) => e.key)).toContain('libcontainer->replaced-by->runc');
    expect(run.stdout).toContain(
      `Wrote ${exported.nodes.length} concepts and ${exported.edges.length} links to ${out}`,
    );
  }, 60_000);

  it('reads paths from the folder the command was typed in and NOTES_DIR by default', async () => {
    const notes = path.join(dir, 'mine');
    await mkdir(notes, { recursive: true });
    await writeFile(
      path.join(notes, 'k8s.md'),
      '# Pods\n\n**Pod** 是最小的调度单元，一个 Pod 包含多个容器。\n',
    );
    const run = await runGraph(['--out', 'graph.json'], { INIT_CWD: dir, NOTES_DIR: 'mine' });
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Concept graph of mine');
    const exported = JSON.parse(await readFile(path.join(dir, 'graph.json'), 'utf8'));
    expect(exported.edges.map((e: { key: string }) => e.key)).toContain('container->part-of->pod');
  }, 60_000);

  it('skips a binary file with its reason and builds the rest', async () => {
    const notes = path.join(dir, 'mixed');
    await mkdir(notes, { recursive: true });
    await writeFile(
      path.join(notes, 'photo.md'),
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x1a, 0x0a, 0xff, 0x00]),
    );
    await writeFile(path.join(notes, 'good.md'), '* Cgroups 可以限制内存。\n');
    await writeFile(path.join(notes, 'only-code.md'), '```bash\n$ docker run --net=host nginx\n```\n');
    const run = await runGraph(['--notes', notes]);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/files: +2 read \(good\.md, only-code\.md\), 1 skipped/);
    expect(run.stdout).toMatch(/- photo\.md: .+/);
    expect(run.stderr).toBe('');
  }, 60_000);

  it('exits 1 with a clear message when nothing usable remains', async () => {
    const empty = path.join(dir, 'empty');
    await mkdir(empty, { recursive: true });
    const run = await runGraph(['--notes', empty]);
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/warnings:\n.*no \.md or \.markdown files/);
    expect(run.stderr).toContain(`graph: nothing usable in ${empty}`);

    const missing = await runGraph(['--notes', path.join(dir, 'nope')]);
    expect(missing.code).toBe(1);
    expect(missing.stdout).toMatch(/skipped:\n.*nope: .*does not exist/);
  }, 60_000);

  it('goes on with a warning when the vocabulary is broken', async () => {
    const broken = path.join(dir, 'vocabulary.yaml');
    await writeFile(broken, 'concepts: [ {id: x\n');
    const run = await runGraph(['--vocabulary', broken]);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(
      /warnings:\n.*vocabulary\.yaml: @notetutor\/graph\/parse-vocabulary: not valid YAML/,
    );
  }, 60_000);

  it('answers a bad command line with the usage and exit code 2', async () => {
    for (const args of [['--bogus'], ['--notes'], ['stray']]) {
      const run = await runGraph(args);
      expect(run.code, args.join(' ')).toBe(2);
      expect(run.stderr).toMatch(
        /^graph: (unknown option --bogus|--notes needs a value|unexpected argument stray)\nusage: npm run graph/,
      );
    }
    const help = await runGraph(['--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/^usage: npm run graph/);
  }, 60_000);

  it('prints a review sample with --review: shares, 40 concepts and 30 typed relations with their sentences', async () => {
    const run = await runGraph(['--review', '--seed', '7']);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/Review sample \(seed 7\)/);
    expect(run.stdout).toMatch(/links: +\d+ \(\d+ typed, [\d.]+%\)/);
    expect(run.stdout).toMatch(/Concepts \(40 sampled\)/);
    expect(run.stdout).toMatch(/Typed relations \(30 sampled\)/);
    expect(run.stdout).toMatch(/R30\. .+\n {7}docker-concepts\.(?:zh|en)#\d+\.\d+: \S/);
    const again = await runGraph(['--review', '--seed', '7']);
    expect(again.stdout.replace(/Built in \d+ ms/, '')).toBe(run.stdout.replace(/Built in \d+ ms/, ''));
    const bad = await runGraph(['--review', '--seed', 'x']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/--seed needs a whole number/);
  }, 90_000);
});
