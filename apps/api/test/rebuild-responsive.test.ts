import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateCorpus } from '@notetutor/graph/bench-corpus';
import { prepareIndex } from '@notetutor/tutor';
import { afterEach, describe, expect, it } from 'vitest';
import { type HttpServer, startHttpServer } from '../src/http-server';
import { createKnowledgeBuilder, type KnowledgeBuilder } from '../src/knowledge/create-knowledge-builder';
import { reloadKnowledge } from '../src/knowledge/reload-knowledge';
import type { Logger } from '../src/logger';
import { deckOf } from '../src/study/deck-of';
import { hangingTutor } from './fake-tutors';
import { SEED_NOTES_DIR, testApp } from './test-app';

/** Big enough that taking the result in on the server's thread in one go stalls it for a second or more. */
const NOTES_MB = 8;
const HEARTBEAT_MS = 20;

let dir: string | undefined;
let http: HttpServer | undefined;
let builder: KnowledgeBuilder | undefined;
afterEach(async () => {
  await http?.shutdown(1_000);
  await builder?.close();
  if (dir) await rm(dir, { recursive: true, force: true });
  http = undefined;
  builder = undefined;
  dir = undefined;
});

/** A logger that also records when each line was logged (the real one writes lines later, in batches). */
function timedLogger(inner: Logger) {
  const marks: Array<{ msg: string; stage: unknown; at: number }> = [];
  const logger: Logger = {
    ...inner,
    info(msg, fields) {
      marks.push({ msg, stage: fields?.stage, at: performance.now() });
      inner.info(msg, fields);
    },
  };
  return { logger, marks };
}

// Timing on a shared machine is not asserted in milliseconds: a loaded machine delays timers by seconds with
// no long task anywhere. What is asserted is that the server's thread keeps coming back to its requests and
// streams while it takes the new knowledge base in; work done in one task lets nothing through meanwhile.
describe('a rebuild of a large notes folder', () => {
  it('keeps the server answering health checks and an open stream receiving heartbeats', async () => {
    dir = await mkdtemp(join(tmpdir(), 'api-rebuild-'));
    const zh = await readFile(join(SEED_NOTES_DIR, 'docker-concepts.zh.md'), 'utf8');
    const en = await readFile(join(SEED_NOTES_DIR, 'docker-concepts.en.md'), 'utf8');
    for (const file of generateCorpus(zh, en, NOTES_MB * 1024 * 1024))
      await writeFile(join(dir, file.file), file.text);

    // The seed notes are served; a stream stays open (its tutor never answers), kept alive by heartbeats.
    const { tutor } = hangingTutor();
    const built = await testApp({ tutor, limits: { heartbeatMs: HEARTBEAT_MS, requestTimeoutMs: 300_000 } });
    http = await startHttpServer(built.app.fetch, { host: '127.0.0.1', port: 0 });
    const url = http.url;
    const stream = new AbortController();
    const res = await fetch(`${url}/api/chat`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ messages: [{ role: 'user', content: 'What does cgroups limit?' }] }),
      signal: stream.signal,
    });
    expect(res.status).toBe(200);
    const heartbeats: number[] = [];
    const reading = (async () => {
      const reader = (res.body as ReadableStream<Uint8Array>).getReader();
      try {
        for (;;) {
          const { done } = await reader.read();
          if (done) return;
          heartbeats.push(performance.now());
        }
      } catch {
        // aborted at the end of the test
      }
    })();

    // The rebuild the notes watcher runs, wired as in main.ts (a worker build, the deck warmed after the swap);
    // its stages are logged with their times.
    const { logger, marks } = timedLogger(built.logger);
    builder = createKnowledgeBuilder({ notesDir: dir, logger, progressAfterMs: 0 });
    const started = performance.now();
    let rebuilding = true;
    const rebuild = reloadKnowledge({
      holder: built.knowledge,
      build: () => (builder as KnowledgeBuilder).build(),
      prepare: prepareIndex,
      logger: built.logger,
    })
      .then((outcome) => {
        deckOf(built.knowledge.current.kb);
        return outcome;
      })
      .finally(() => {
        rebuilding = false;
      });
    // Two health checkers, each one request at a time as a load balancer's, for as long as the rebuild runs.
    const answered: number[] = [];
    const check = async () => {
      while (rebuilding) {
        const health = await fetch(`${url}/api/health`);
        await health.arrayBuffer();
        if (health.status === 200) answered.push(performance.now());
        await new Promise((resolve) => setTimeout(resolve, 5));
      }
    };
    await Promise.all([check(), check()]);
    const finished = performance.now();
    const outcome = await rebuild;
    stream.abort();
    await reading;

    expect(outcome).toMatchObject({ swapped: true });
    expect(built.knowledge.current.counts.passages).toBeGreaterThan(10_000);
    const within = (times: number[], from: number, to: number) =>
      times.filter((t) => t > from && t < to).length;
    const seconds = (finished - started) / 1_000;
    // Over the whole rebuild (seconds of it in the worker), both kept coming.
    expect(within(heartbeats, started, finished)).toBeGreaterThan(seconds);
    expect(within(answered, started, finished)).toBeGreaterThan(seconds);
    // Including while this thread assembled the new knowledge base, the part that is not in the worker.
    const assembling = marks.find((m) => m.stage === 'assemble')?.at ?? Number.NaN;
    const assembled = marks.find((m) => m.msg === 'knowledge base built')?.at ?? Number.NaN;
    const figures = `assembly ${Math.round(assembled - assembling)} ms of a ${seconds.toFixed(1)} s rebuild`;
    expect(assembled, 'the build logged its assembly').toBeGreaterThan(assembling);
    expect(within(answered, assembling, assembled), `health answers during the ${figures}`).toBeGreaterThan(
      0,
    );
    expect(within(heartbeats, assembling, assembled), `heartbeats during the ${figures}`).toBeGreaterThan(0);
  }, 180_000);
});
