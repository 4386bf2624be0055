import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateCorpus } from '@notetutor/graph/bench-corpus';
import { prepareIndex } from '@notetutor/tutor';
import { afterEach, describe, expect, it } from 'vitest';
import { type HttpServer, startHttpServer } from '../src/http-server';
import { createKnowledgeBuilder, type KnowledgeBuilder } from '../src/knowledge/create-knowledge-builder';
import { reloadKnowledge } from '../src/knowledge/reload-knowledge';
import { deckOf } from '../src/study/deck-of';
import { hangingTutor } from './fake-tutors';
import { SEED_NOTES_DIR, testApp } from './test-app';

/** Big enough that taking the result in on the server's thread in one go stalls it for seconds. */
const NOTES_MB = 8;
const HEARTBEAT_MS = 100;
/**
 * The longest the server may go silent during the rebuild. Generous on purpose (ten heartbeats): a loaded
 * machine delays timers and collects garbage, but a thread busy with the rebuild is silent far longer.
 */
const SILENCE_BOUND_MS = 1_000;

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
    const arrivals: number[] = [];
    const reading = (async () => {
      const reader = (res.body as ReadableStream<Uint8Array>).getReader();
      try {
        for (;;) {
          const { done } = await reader.read();
          if (done) return;
          arrivals.push(performance.now());
        }
      } catch {
        // aborted at the end of the test
      }
    })();

    // The rebuild the notes watcher would run, as main.ts wires it (worker build, then the deck warmed).
    builder = createKnowledgeBuilder({ notesDir: dir, logger: built.logger });
    const started = performance.now();
    let rebuilding = true;
    const rebuild = reloadKnowledge({
      holder: built.knowledge,
      build: () => (builder as KnowledgeBuilder).build(),
      prepare: prepareIndex,
      logger: built.logger,
    }).then((outcome) => {
      deckOf(built.knowledge.current.kb);
      return outcome;
    });
    void rebuild.finally(() => {
      rebuilding = false;
    });
    // Health checked one request at a time, as a load balancer does, for as long as the rebuild runs.
    const answered: number[] = [];
    while (rebuilding) {
      const health = await fetch(`${url}/api/health`);
      if (health.status === 200) answered.push(performance.now());
      await health.arrayBuffer();
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    const finished = performance.now();
    const outcome = await rebuild;
    stream.abort();
    await reading;

    // Gaps between consecutive pieces of evidence that the server's thread was free, over the whole rebuild.
    const longestGap = (times: number[]) => {
      const during = [started, ...times.filter((t) => t > started && t < finished), finished];
      return Math.max(...during.slice(1).map((t, i) => t - (during[i] as number)));
    };
    expect(outcome).toMatchObject({ swapped: true });
    expect(built.knowledge.current.counts.passages).toBeGreaterThan(10_000);
    const heartbeats = arrivals.filter((t) => t > started && t < finished).length;
    expect(heartbeats).toBeGreaterThan((finished - started) / SILENCE_BOUND_MS);
    expect(answered.length).toBeGreaterThan((finished - started) / SILENCE_BOUND_MS);
    const figures = `rebuild ${Math.round(finished - started)} ms, ${heartbeats} heartbeats, ${answered.length} health answers`;
    expect(longestGap(arrivals), `longest stream silence (${figures})`).toBeLessThan(SILENCE_BOUND_MS);
    expect(longestGap(answered), `longest wait for health (${figures})`).toBeLessThan(SILENCE_BOUND_MS);
  }, 180_000);
});
