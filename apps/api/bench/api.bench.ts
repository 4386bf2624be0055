// `npm run bench -w @notetutor/api`: HTTP throughput of the built server (dist/main.mjs) in a child process.
//  1. autocannon against GET /api/health and POST /api/ask (a different question on every request) in the
//     same run: requests/s, p99 and the ask/health ratio (target ≥ 10%).
//  2. 200 concurrent POST /api/chat streams held open at once, answered by the LLM engine through a local
//     fake OpenAI-compatible server that streams slowly: errors (target 0) and the server's peak RSS
//     (VmHWM, target < 250 MB).
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import os from 'node:os';
import { fileURLToPath } from 'node:url';
import autocannon, { type Result } from 'autocannon';
import { splitIntoChunks, startFakeOpenAI } from '../../../packages/tutor/test/fake-openai-server';

const MAIN = fileURLToPath(new URL('../dist/main.mjs', import.meta.url));
/** Seconds of load per endpoint, split into alternating rounds. */
const DURATION_S = Number(process.env.BENCH_DURATION_S ?? 12);
const ROUNDS = 4;
const CONNECTIONS = 10;
const STREAMS = 200;

const cpu = os.cpus()[0]?.model ?? 'unknown cpu';
console.log(
  `machine: ${os.cpus().length}× ${cpu}, ${(os.totalmem() / 2 ** 30).toFixed(1)} GiB RAM, node ${process.version}, ${os.platform()} ${os.release()}`,
);
if (!existsSync(MAIN)) {
  console.error('api bench: dist/main.mjs is missing; run `npm run build -w @notetutor/api` first');
  process.exit(1);
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

interface RunningServer {
  url: string;
  child: ChildProcess;
  peakRssMb(): number;
  stop(): Promise<void>;
}

async function startServer(env: Record<string, string>): Promise<RunningServer> {
  const port = await freePort();
  const child = spawn(process.execPath, [MAIN], {
    env: {
      ...process.env,
      OPENAI_API_KEY: '',
      OPENAI_BASE_URL: '',
      API_PORT: String(port),
      HOST: '127.0.0.1',
      LOG_LEVEL: 'warn',
      RATE_LIMIT_PER_MINUTE: '0',
      NOTES_WATCH: 'off',
      ...env,
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const url = `http://127.0.0.1:${port}`;
  const started = Date.now();
  for (;;) {
    if (child.exitCode !== null) throw new Error(`api bench: the server exited with ${child.exitCode}`);
    try {
      if ((await fetch(`${url}/api/health`)).ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() - started > 30_000) throw new Error('api bench: the server did not start within 30 s');
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return {
    url,
    child,
    peakRssMb() {
      const status = readFileSync(`/proc/${child.pid}/status`, 'utf8');
      const kb = Number(/VmHWM:\s+(\d+) kB/.exec(status)?.[1] ?? Number.NaN);
      return kb / 1024;
    },
    async stop() {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await exited;
    },
  };
}

/** Hundreds of distinct questions: every concept label in Chinese and English templates, and pairs of them. */
async function questionsFrom(url: string): Promise<string[]> {
  const graph = (await (await fetch(`${url}/api/graph`)).json()) as {
    nodes: Array<{ attributes: { labelZh: string; labelEn: string } }>;
  };
  const zh = graph.nodes.map((node) => node.attributes.labelZh);
  const en = graph.nodes.map((node) => node.attributes.labelEn);
  const questions = new Set<string>();
  for (const label of zh) {
    for (const template of ['什么是{}？', '{}有什么作用？', '{}是怎么实现的？', '能解释一下{}吗']) {
      questions.add(template.replace('{}', label));
    }
  }
  for (const label of en) {
    for (const template of ['What is {}?', 'What does {} do?', 'How does {} work in Docker?', 'explain {}']) {
      questions.add(template.replace('{}', label));
    }
  }
  for (let i = 0; i < zh.length; i++) {
    for (let j = i + 1; j < zh.length && j < i + 12; j++) {
      questions.add(`${zh[i]}和${zh[j]}有什么区别？`);
      questions.add(`How is ${en[i]} related to ${en[j]}?`);
    }
  }
  return [...questions];
}

const fmt = (n: number, digits = 0) => n.toLocaleString('en-US', { maximumFractionDigits: digits });

interface Totals {
  requests: number;
  seconds: number;
  errors: number;
  non2xx: number;
  p50: number[];
  p99: number[];
}

const median = (values: number[]) => [...values].sort((x, y) => x - y)[Math.floor(values.length / 2)] ?? 0;

async function throughput(): Promise<boolean> {
  const server = await startServer({ MAX_CONCURRENT_STREAMS: '0' });
  try {
    const questions = await questionsFrom(server.url);
    let next = 0;
    const empty = (): Totals => ({ requests: 0, seconds: 0, errors: 0, non2xx: 0, p50: [], p99: [] });
    const totals = { health: empty(), ask: empty() };
    const add = (into: Totals, r: Result) => {
      into.requests += r.requests.total;
      into.seconds += r.duration;
      into.errors += r.errors + r.timeouts;
      into.non2xx += r.non2xx;
      into.p50.push(r.latency.p50);
      into.p99.push(r.latency.p99);
    };
    // Alternate short rounds so both endpoints see the same background load on a shared machine.
    const seconds = Math.max(1, Math.round(DURATION_S / ROUNDS));
    for (let round = 0; round < ROUNDS; round++) {
      add(
        totals.health,
        await autocannon({ url: `${server.url}/api/health`, connections: CONNECTIONS, duration: seconds }),
      );
      add(
        totals.ask,
        await autocannon({
          url: `${server.url}/api/ask`,
          connections: CONNECTIONS,
          duration: seconds,
          requests: [
            {
              method: 'POST',
              headers: { 'content-type': 'application/json' },
              setupRequest(request) {
                const question = questions[next++ % questions.length] ?? 'What is Docker?';
                return { ...request, body: JSON.stringify({ question }) };
              },
            },
          ],
        }),
      );
    }
    const rate = (t: Totals) => t.requests / t.seconds;
    const ratio = rate(totals.ask) / rate(totals.health);
    const line = (name: string, t: Totals) =>
      `${name.padEnd(16)} ${fmt(rate(t)).padStart(8)} req/s   p50 ${fmt(median(t.p50), 1)} ms   p99 ${fmt(median(t.p99), 1)} ms (worst round ${fmt(Math.max(...t.p99), 1)})   errors ${t.errors}   non-2xx ${t.non2xx}`;
    console.log(
      `autocannon: ${CONNECTIONS} connections, ${ROUNDS} alternating rounds of ${seconds} s per endpoint, ` +
        `${fmt(totals.ask.requests)} asks over ${questions.length} distinct questions`,
    );
    console.log(line('GET /api/health', totals.health));
    console.log(line('POST /api/ask', totals.ask));
    console.log(`ask / health     ${(ratio * 100).toFixed(1)}%   (target ≥ 10%)`);
    console.log(`peak RSS         ${server.peakRssMb().toFixed(0)} MB`);
    return ratio >= 0.1 && totals.ask.non2xx === 0 && totals.ask.errors === 0 && totals.health.errors === 0;
  } finally {
    await server.stop();
  }
}

async function streams(): Promise<boolean> {
  // Each model reply cites a passage in its first pieces (the tutor streams nothing before a citation), then
  // streams 60 pieces 100 ms apart, so every chat stream stays open ~6 s: long enough for all 200 to be
  // open at once.
  const reply = splitIntoChunks(
    'Cgroups [1] limit what a container can use, and namespaces isolate what it can see. ' +
      'The bridge network connects containers through docker0, and iptables forwards their ports to the host [2]. ' +
      'Union mounts stack read-only image layers under one writable layer.',
    4,
  ).slice(0, 60);
  const fake = await startFakeOpenAI({ script: () => ({ type: 'stream', chunks: reply, delayMs: 100 }) });
  const server = await startServer({
    OPENAI_BASE_URL: fake.baseURL,
    OPENAI_API_KEY: 'bench',
    TUTOR_MODEL: 'fake-model',
    MAX_CONCURRENT_STREAMS: String(STREAMS + 50),
  });
  try {
    let open = 0;
    let maxOpen = 0;
    let completed = 0;
    const failures: string[] = [];
    const started = performance.now();
    const questions = [
      '什么是命名空间？',
      'What does cgroups limit?',
      'docker0 网桥的作用是什么？',
      'How do containers differ from virtual machines?',
    ];
    await Promise.all(
      Array.from({ length: STREAMS }, async (_, i) => {
        try {
          const res = await fetch(`${server.url}/api/chat`, {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: JSON.stringify({ messages: [{ role: 'user', content: questions[i % questions.length] }] }),
          });
          if (res.status !== 200 || !res.body) {
            failures.push(`HTTP ${res.status}`);
            await res.body?.cancel();
            return;
          }
          // A stream counts as open from its first event to its end.
          const reader = res.body.getReader();
          const decoder = new TextDecoder();
          let text = '';
          let counted = false;
          for (;;) {
            const { done, value } = await reader.read();
            if (done) break;
            text += decoder.decode(value, { stream: true });
            if (!counted && text.includes('event: ')) {
              counted = true;
              open += 1;
              maxOpen = Math.max(maxOpen, open);
            }
          }
          if (counted) open -= 1;
          if (/\nevent: done\n/.test(`\n${text}`) && /event: meta\ndata: \{[^\n]*"engine":"llm"/.test(text))
            completed += 1;
          else
            failures.push(
              text.includes('event: error') ? 'error event' : 'no done event from the llm engine',
            );
        } catch (error) {
          failures.push(error instanceof Error ? error.message : String(error));
        }
      }),
    );
    const seconds = (performance.now() - started) / 1000;
    const rss = server.peakRssMb();
    console.log(
      `${STREAMS} concurrent /api/chat streams (LLM engine, fake model streaming for ~6 s): ${completed} completed, ` +
        `${failures.length} errors, at most ${maxOpen} open at once, ${seconds.toFixed(1)} s`,
    );
    if (failures.length > 0) console.log(`  first errors: ${[...new Set(failures)].slice(0, 3).join('; ')}`);
    console.log(`peak RSS         ${rss.toFixed(0)} MB   (target < 250 MB)`);
    return failures.length === 0 && rss < 250;
  } finally {
    await server.stop();
    await fake.close();
  }
}

const throughputOk = await throughput();
const streamsOk = await streams();
if (!throughputOk || !streamsOk) {
  console.log('api bench: a target was missed');
  process.exitCode = 1;
}
