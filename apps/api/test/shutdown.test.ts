import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { AnswerSchema } from '@notetutor/contracts';
import { type FakeOpenAI, startFakeOpenAI } from '@notetutor/test-support/fake-openai-server';
import { freePort } from '@notetutor/test-support/free-port';
import Database from 'libsql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const API_DIR = fileURLToPath(new URL('..', import.meta.url));

let fake: FakeOpenAI;
let child: ChildProcess | undefined;
beforeAll(() => {
  const build = spawnSync(process.execPath, ['build.mjs'], { cwd: API_DIR, encoding: 'utf8' });
  if (build.status !== 0) throw new Error(`build failed: ${build.stderr}`);
}, 60_000);
afterAll(async () => {
  if (child && child.exitCode === null) child.kill('SIGKILL');
  await fake?.close();
});

describe('the built server', () => {
  it('finishes the request in flight on SIGTERM, refuses new connections, and exits 0', async () => {
    // The model takes ~1.2 s to stream its answer, so the request is surely in flight at SIGTERM.
    fake = await startFakeOpenAI({
      script: () => ({
        type: 'stream',
        chunks: ['Cgroups ', 'limit ', 'how much ', 'CPU and memory ', 'a container ', 'may use [1].'],
        delayMs: 200,
      }),
    });
    const port = await freePort();
    const lines: Array<Record<string, unknown>> = [];
    child = spawn(process.execPath, ['dist/main.mjs'], {
      cwd: API_DIR,
      env: {
        ...process.env,
        API_PORT: String(port),
        HOST: '127.0.0.1',
        OPENAI_BASE_URL: fake.baseURL,
        OPENAI_API_KEY: 'sk-test-secret-key',
        TUTOR_MODEL: 'fake-model',
        NOTES_WATCH: 'off',
        LOG_LEVEL: 'info',
        STUDY_DB_FILE: join(mkdtempSync(join(tmpdir(), 'notetutor-shutdown-')), 'learners.sqlite'),
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    // Waits are on the server's own log lines, never on sleeps, so a busy machine only makes the test slower.
    const waiting: Array<{ msg: string; resolve: (line: Record<string, unknown>) => void }> = [];
    const logged = (msg: string) =>
      new Promise<Record<string, unknown>>((resolve) => {
        const line = lines.find((l) => l.msg === msg);
        if (line) resolve(line);
        else waiting.push({ msg, resolve });
      });
    let stdout = '';
    child.stdout?.on('data', (piece: Buffer) => {
      stdout += piece.toString('utf8');
      const parts = stdout.split('\n');
      stdout = parts.pop() ?? '';
      for (const text of parts) {
        const line = JSON.parse(text) as Record<string, unknown>;
        lines.push(line);
        for (const waiter of waiting.filter((w) => w.msg === line.msg)) waiter.resolve(line);
      }
    });
    const exited = new Promise<number | null>((resolve) => child?.once('exit', (code) => resolve(code)));

    const url = `http://127.0.0.1:${port}`;
    const listening = await Promise.race([
      logged('listening'),
      exited.then((code) => {
        throw new Error(`the server exited with ${code} before listening`);
      }),
    ]);
    expect(listening).toMatchObject({
      url,
      engine: 'llm',
      model: 'fake-model',
    });

    const inFlight = fetch(`${url}/api/ask`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ question: 'What does cgroups limit?' }),
    });
    await fake.request(0);
    child.kill('SIGTERM');
    // The server logs this once it is draining and has stopped listening.
    await logged('shutting down');
    const refused = await fetch(`${url}/api/health`).then(
      (res) => res.status,
      () => 'refused',
    );
    expect(refused === 'refused' || refused === 503).toBe(true);

    const res = await inFlight;
    expect(res.status).toBe(200);
    const answer = AnswerSchema.parse(await res.json());
    expect(answer.engine).toBe('llm');
    expect(answer.answer).toContain('Cgroups limit how much CPU and memory a container may use');

    expect(await exited).toBe(0);
    expect(lines.map((l) => l.msg)).toEqual(expect.arrayContaining(['shutting down', 'stopped']));
    expect(JSON.stringify(lines)).not.toContain('sk-test-secret-key');
  }, 60_000);

  it('`npm run start` lets SIGTERM reach node and exits only after node has drained', async () => {
    const port = await freePort();
    const npm = spawn('npm', ['run', '--silent', 'start'], {
      cwd: API_DIR,
      env: {
        ...process.env,
        API_PORT: String(port),
        HOST: '127.0.0.1',
        NOTES_WATCH: 'off',
        LOG_LEVEL: 'info',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child = npm;
    let out = '';
    let stoppedAt = 0;
    let listening: () => void = () => {};
    const ready = new Promise<void>((resolve) => {
      listening = resolve;
    });
    npm.stdout?.on('data', (piece: Buffer) => {
      out += piece.toString('utf8');
      if (out.includes('"msg":"listening"')) listening();
      if (!stoppedAt && out.includes('"msg":"stopped"')) stoppedAt = performance.now();
    });
    const exited = new Promise<number | null>((resolve) => npm.once('exit', (code) => resolve(code)));
    await ready;
    npm.kill('SIGTERM');
    expect(await exited).toBe(0);
    // node said "stopped" (it drained) before npm, its parent, exited.
    expect(stoppedAt).toBeGreaterThan(0);
  }, 60_000);
});

/** The built server on a port, with its JSON log lines; `listening` resolves once it serves. */
function startServer(env: Record<string, string>) {
  const server = spawn(process.execPath, ['dist/main.mjs'], {
    cwd: API_DIR,
    env: { ...process.env, HOST: '127.0.0.1', NOTES_WATCH: 'off', LOG_LEVEL: 'info', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  const exited = new Promise<NodeJS.Signals | number | null>((resolve) =>
    server.once('exit', (code, signal) => resolve(signal ?? code)),
  );
  const listening = new Promise<void>((resolve, reject) => {
    server.stdout?.on('data', (piece: Buffer) => {
      out += piece.toString('utf8');
      if (out.includes('"msg":"listening"')) resolve();
    });
    void exited.then((code) => reject(new Error(`the server exited with ${code} before listening: ${out}`)));
  });
  return { server, listening, exited };
}

describe('the built server killed with SIGKILL in the middle of a stream of reviews', () => {
  it('keeps every review it acknowledged, and its database opens cleanly after a restart', async () => {
    const dbFile = join(mkdtempSync(join(tmpdir(), 'notetutor-kill-')), 'learners.sqlite');
    const port = await freePort();
    const url = `http://127.0.0.1:${port}`;
    const first = startServer({ API_PORT: String(port), STUDY_DB_FILE: dbFile });
    child = first.server;
    await first.listening;

    const { token } = (await (await fetch(`${url}/api/learners`, { method: 'POST' })).json()) as {
      token: string;
    };
    const auth = { authorization: `Bearer ${token}` };
    const due = (await (await fetch(`${url}/api/study/due?limit=20`, { headers: auth })).json()) as {
      cards: Array<{ id: string }>;
    };
    expect(due.cards.length).toBeGreaterThanOrEqual(8);

    // Eight writers, each on its own card, send reviews back to back until the server dies under them.
    const acknowledged: string[] = [];
    let sent = 0;
    let killed = false;
    const KILL_AFTER = 150;
    const writer = async (card: string) => {
      while (!killed) {
        const reviewId = `kill-${sent++}`;
        try {
          const res = await fetch(`${url}/api/study/reviews`, {
            method: 'POST',
            headers: { ...auth, 'content-type': 'application/json' },
            body: JSON.stringify({ cardId: card, rating: 3, reviewId }),
          });
          await res.body?.cancel();
          if (res.ok) acknowledged.push(reviewId);
        } catch {
          return; // the server is gone
        }
        if (!killed && acknowledged.length >= KILL_AFTER) {
          killed = true;
          first.server.kill('SIGKILL');
        }
      }
    };
    await Promise.all(due.cards.slice(0, 8).map((card) => writer(card.id)));
    expect(await first.exited).toBe('SIGKILL');
    expect(acknowledged.length).toBeGreaterThanOrEqual(KILL_AFTER);

    const second = startServer({ API_PORT: String(port), STUDY_DB_FILE: dbFile });
    child = second.server;
    await second.listening;
    const exported = (await (
      await fetch(`${url}/api/study/export?format=json`, { headers: auth })
    ).json()) as {
      reviews: Array<{ reviewId: string }>;
    };
    const logged = new Set(exported.reviews.map((r) => r.reviewId));
    expect(acknowledged.filter((id) => !logged.has(id))).toEqual([]);
    // At most the reviews in flight at the kill were written without an answer reaching the client.
    expect(logged.size - acknowledged.length).toBeLessThanOrEqual(8);
    // And the learner goes on studying.
    const after = await fetch(`${url}/api/study/reviews`, {
      method: 'POST',
      headers: { ...auth, 'content-type': 'application/json' },
      body: JSON.stringify({ cardId: due.cards[0]?.id, rating: 3, reviewId: 'after-restart' }),
    });
    expect(after.status).toBe(200);
    second.server.kill('SIGTERM');
    expect(await second.exited).toBe(0);

    const database = new Database(dbFile, { readonly: true });
    try {
      expect(database.prepare('PRAGMA integrity_check').get()).toMatchObject({ integrity_check: 'ok' });
    } finally {
      database.close();
    }
  }, 90_000);
});
