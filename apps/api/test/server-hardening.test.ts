// Issue 13's fixes as the server runs them: each one is wired in main.ts, which no unit test reaches, so these
// start the server and watch its log, its health and its streams. From the TypeScript source (through tsx, as
// `npm run dev` does) rather than dist/: shutdown.test.ts rebuilds dist/ in a parallel worker.
import { type ChildProcess, spawn } from 'node:child_process';
import { copyFile, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Health, HealthSchema } from '@notetutor/contracts';
import { type FakeOpenAI, type FakeReply, startFakeOpenAI } from '@notetutor/test-support/fake-openai-server';
import { freePort } from '@notetutor/test-support/free-port';
import { parseSse } from '@notetutor/test-support/sse';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { SEED_NOTES_DIR, SEED_VOCABULARY } from './test-app';

const API_DIR = fileURLToPath(new URL('..', import.meta.url));
const BROKEN_YAML = 'concepts:\n  - id: x\n    labelZh: [unclosed\n';

type LogLine = Record<string, unknown> & { msg?: string; level?: string };

interface Served {
  url: string;
  lines: LogLine[];
  /** Resolves with the first log line with this message, logged already or within `withinMs`. */
  logged(msg: string, withinMs?: number): Promise<LogLine>;
  health(): Promise<Health>;
  exited: Promise<number | null>;
  child: ChildProcess;
}

let dir: string;
let fake: FakeOpenAI | undefined;
let child: ChildProcess | undefined;
afterEach(async () => {
  if (child && child.exitCode === null) {
    const gone = new Promise((resolve) => child?.once('exit', resolve));
    child.kill('SIGKILL');
    await gone;
  }
  child = undefined;
  await fake?.close();
  fake = undefined;
  if (dir) await rm(dir, { recursive: true, force: true });
});
afterAll(() => {
  if (child && child.exitCode === null) child.kill('SIGKILL');
});

/** Starts the server on the seed notes with a vocabulary file of its own (in a fresh folder). */
async function serve(env: Record<string, string>, vocabulary?: string): Promise<Served> {
  dir = await mkdtemp(join(tmpdir(), 'api-hardening-'));
  const vocabularyFile = join(dir, 'vocabulary.yaml');
  if (vocabulary === undefined) await copyFile(SEED_VOCABULARY, vocabularyFile);
  else await writeFile(vocabularyFile, vocabulary);
  const port = await freePort();
  const started = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    cwd: API_DIR,
    env: {
      ...process.env,
      API_PORT: String(port),
      HOST: '127.0.0.1',
      NOTES_DIR: SEED_NOTES_DIR,
      VOCABULARY_FILE: vocabularyFile,
      STUDY_DB_FILE: join(dir, 'learners.sqlite'),
      NOTES_WATCH: 'off',
      LOG_LEVEL: 'info',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child = started;
  const lines: LogLine[] = [];
  const waiting: Array<{ msg: string; resolve: (line: LogLine) => void }> = [];
  let pending = '';
  started.stdout?.on('data', (piece: Buffer) => {
    pending += piece.toString('utf8');
    const parts = pending.split('\n');
    pending = parts.pop() ?? '';
    for (const text of parts) {
      const line = JSON.parse(text) as LogLine;
      lines.push(line);
      for (const waiter of waiting.filter((w) => w.msg === line.msg)) waiter.resolve(line);
    }
  });
  const exited = new Promise<number | null>((resolve) => started.once('exit', (code) => resolve(code)));
  // Bounded, so a missing line fails with what was logged instead; a busy machine only needs more of it.
  const logged = (msg: string, withinMs = 30_000) =>
    new Promise<LogLine>((resolve, reject) => {
      const line = lines.find((l) => l.msg === msg);
      if (line) return resolve(line);
      const timer = setTimeout(() => {
        reject(
          new Error(
            `no "${msg}" logged within ${withinMs} ms; logged: ${lines.map((l) => l.msg).join(' | ')}`,
          ),
        );
      }, withinMs);
      waiting.push({
        msg,
        resolve: (found) => {
          clearTimeout(timer);
          resolve(found);
        },
      });
    });
  const url = `http://127.0.0.1:${port}`;
  await Promise.race([
    logged('listening', 90_000),
    exited.then((code) => {
      throw new Error(`the server exited with ${code} before listening`);
    }),
  ]);
  const health = async () => HealthSchema.parse(await (await fetch(`${url}/api/health`)).json());
  return { url, lines, logged, health, exited, child: started };
}

/** A model that always answers with `reply`. */
async function modelEnv(reply: FakeReply): Promise<Record<string, string>> {
  fake = await startFakeOpenAI({ script: () => reply });
  return { OPENAI_BASE_URL: fake.baseURL, OPENAI_API_KEY: 'sk-test', TUTOR_MODEL: 'fake-model' };
}

const postJson = (body: unknown) => ({
  method: 'POST',
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify(body),
});

describe('the server (issue 13)', () => {
  it('item 5: a vocabulary broken while serving keeps the last good graph; health is degraded and names it', async () => {
    const served = await serve({ NOTES_WATCH: 'poll' });
    const before = await served.health();
    expect(before.status).toBe('ok');
    const vocabularyFile = join(dir, 'vocabulary.yaml');

    await writeFile(vocabularyFile, BROKEN_YAML);
    const kept = await served.logged('notes changed, but the last good graph is kept');
    expect(String(kept.reason)).toMatch(/vocabulary .* cannot be used: .*line 4/);
    const after = await served.health();
    expect(after).toMatchObject({ status: 'degraded', concepts: before.concepts });
    expect(after.skipped).toEqual([{ file: vocabularyFile, reason: expect.stringMatching(/line 4/) }]);
    // The broken build was never served: no swap is logged.
    expect(served.lines.map((l) => l.msg)).not.toContain('notes reloaded');
  }, 120_000);

  it('item 5: a vocabulary broken at start-up makes health degraded, naming the file and line', async () => {
    const served = await serve({}, BROKEN_YAML);
    const vocabularyFile = join(dir, 'vocabulary.yaml');
    const warned = await served.logged(
      'the vocabulary cannot be used; serving concepts discovered in the notes only',
    );
    expect(warned).toMatchObject({ level: 'warn', file: vocabularyFile });
    const health = await served.health();
    expect(health.status).toBe('degraded');
    expect(health.skipped).toEqual([{ file: vocabularyFile, reason: expect.stringMatching(/line 4/) }]);
  }, 120_000);

  it('item 8: a model failure answered by the offline engine is logged with its cause, not the text', async () => {
    const served = await serve(await modelEnv({ type: 'error', status: 500, message: 'boom' }));
    const question = 'What does cgroups limit?';
    const res = await fetch(`${served.url}/api/ask`, postJson({ question }));
    expect(((await res.json()) as { engine: string }).engine).toBe('offline');
    const line = await served.logged('the model failed; the offline engine answered');
    expect(line).toMatchObject({ level: 'warn', status: 500, outcome: 'offline' });
    expect(JSON.stringify(served.lines)).not.toContain(question);
  }, 120_000);

  it('item 9: a stream still open at the shutdown deadline ends with a final error event, not a reset', async () => {
    // The model streams for about 12 s: the answer is still streaming when the 0.5 s deadline comes.
    const chunks = [
      'Cgroups limit how much CPU and memory a container may use [1]. ',
      ...Array(40).fill('So. '),
    ];
    const served = await serve({
      ...(await modelEnv({ type: 'stream', chunks, delayMs: 300 })),
      SHUTDOWN_TIMEOUT_MS: '500',
    });
    const res = await fetch(
      `${served.url}/api/chat`,
      postJson({ messages: [{ role: 'user', content: 'What does cgroups limit?' }] }),
    );
    expect(res.status).toBe(200);
    const reader = (res.body as ReadableStream<Uint8Array>).getReader();
    const decoder = new TextDecoder();
    let text = '';
    // Read until the model's first words have been streamed, then stop the server.
    while (!text.includes('event: delta')) {
      const { value, done } = await reader.read();
      if (done) break;
      text += decoder.decode(value, { stream: true });
    }
    served.child.kill('SIGTERM');
    let ending: unknown;
    for (;;) {
      const read = await reader.read().catch((error: unknown) => {
        ending = error;
        return { value: undefined, done: true };
      });
      if (read.done) break;
      text += decoder.decode(read.value, { stream: true });
    }
    expect(ending).toBeUndefined();
    const last = parseSse(text).messages.at(-1);
    expect(last?.event).toBe('error');
    expect(JSON.parse(last?.data ?? '{}')).toMatchObject({ type: 'error', error: { code: 'overloaded' } });
    expect(await served.exited).toBe(0);
  }, 120_000);
});
