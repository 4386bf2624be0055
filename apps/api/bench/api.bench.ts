// `npm run bench -w @notetutor/api` (about 2 min): HTTP performance of the built server (dist/main.mjs),
// which runs in its own process with production defaults (info logs, rate limiter and concurrency cap on,
// the limit raised so one load generator is not refused); this process generates the load.
//  1. autocannon against GET /api/health and POST /api/ask (a different question on each request), after a
//     warm-up, in alternating rounds: requests/s, latency percentiles, server CPU per request and the
//     ask/health ratio (target ≥ 10%).
//  2. POST /api/study/reviews against GET /api/health on SQLite, the same way (target reviews/health ≥ 30%).
//  3. 200 concurrent POST /api/chat streams held open at once: errors (target 0) and the server's peak RSS
//     (VmHWM, target < 250 MB).
//  3. A hot reload of a 5 MB notes folder (built in a worker thread): /api/health p99 during it (≤ 50 ms), the
//     longest silence of chat streams held open through it (≤ heartbeat + 250 ms), peak RSS (≤ 2× steady).
// BENCH_WARMUP_S, BENCH_ROUNDS and BENCH_ROUND_S change the throughput plan; BENCH_SERVER benchmarks another
// build of the server (to compare before and after a change).
import { existsSync, mkdtempSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startBenchServer } from './bench-server';
import { measureRebuild } from './rebuild';
import { measureStreams } from './streams';
import { measureStudyThroughput } from './study-throughput';
import { measureThroughput } from './throughput';

const MAIN = process.env.BENCH_SERVER ?? fileURLToPath(new URL('../dist/main.mjs', import.meta.url));
const SERVER_ENV = {
  RATE_LIMIT_PER_MINUTE: '1000000',
  LOG_LEVEL: 'info',
  // A throw-away learner database, never the repository's data/state.
  STUDY_DB_FILE: join(mkdtempSync(join(os.tmpdir(), 'notetutor-bench-')), 'learners.sqlite'),
  DATABASE_URL: '',
};
const plan = {
  connections: 10,
  warmupSeconds: Number(process.env.BENCH_WARMUP_S ?? 3),
  rounds: Number(process.env.BENCH_ROUNDS ?? 5),
  roundSeconds: Number(process.env.BENCH_ROUND_S ?? 5),
};

const loadAverage = () =>
  os
    .loadavg()
    .map((n) => n.toFixed(2))
    .join(' ');
const cpu = os.cpus()[0]?.model ?? 'unknown cpu';
console.log(
  `machine: ${os.cpus().length}× ${cpu}, ${(os.totalmem() / 2 ** 30).toFixed(1)} GiB RAM, node ${process.version}, ${os.platform()} ${os.release()}`,
);
console.log(
  `load average at start: ${loadAverage()} (1, 5, 15 min; ${os.cpus().length} cores; above that, the figures below are depressed by other work)`,
);
if (!existsSync(MAIN)) {
  console.error(`api bench: ${MAIN} is missing; run \`npm run build -w @notetutor/api\` first`);
  process.exit(1);
}

const started = performance.now();
const server = await startBenchServer(MAIN, SERVER_ENV);
let throughputOk: boolean;
let studyOk: boolean;
try {
  throughputOk = await measureThroughput(server, plan);
  studyOk = await measureStudyThroughput(server, { ...plan, learners: 20 });
} finally {
  await server.stop();
}
const streamsOk = await measureStreams(MAIN, SERVER_ENV, 200, 250);
const rebuildOk = await measureRebuild(MAIN, SERVER_ENV);
console.log(
  `load average at end: ${loadAverage()}; bench took ${((performance.now() - started) / 1000).toFixed(0)} s`,
);
if (!throughputOk || !studyOk || !streamsOk || !rebuildOk) {
  console.log('api bench: a target was missed');
  process.exitCode = 1;
}
