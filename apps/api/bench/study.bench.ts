// `npx tsx bench/study.bench.ts` (about 40 s): only the study throughput part of the api bench —
// POST /api/study/reviews against GET /api/health on SQLite, in alternating rounds — for profiling the
// review path. Same plan variables and BENCH_SERVER as `api.bench.ts`.
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startBenchServer } from './bench-server';
import { measureStudyThroughput } from './study-throughput';

const MAIN = process.env.BENCH_SERVER ?? fileURLToPath(new URL('../dist/main.mjs', import.meta.url));
const server = await startBenchServer(MAIN, {
  RATE_LIMIT_PER_MINUTE: '1000000',
  LOG_LEVEL: 'info',
  STUDY_DB_FILE: join(mkdtempSync(join(os.tmpdir(), 'notetutor-bench-')), 'learners.sqlite'),
  DATABASE_URL: '',
});
console.log(
  `load average at start: ${os
    .loadavg()
    .map((n) => n.toFixed(2))
    .join(' ')}`,
);
try {
  const ok = await measureStudyThroughput(server, {
    connections: 10,
    learners: 20,
    warmupSeconds: Number(process.env.BENCH_WARMUP_S ?? 3),
    rounds: Number(process.env.BENCH_ROUNDS ?? 5),
    roundSeconds: Number(process.env.BENCH_ROUND_S ?? 5),
  });
  console.log(`server CPU: ${server.cpuSeconds().toFixed(1)} s`);
  if (!ok) process.exitCode = 1;
} finally {
  await server.stop();
}
