// Throughput of GET /api/health and POST /api/ask against one server process, measured in alternating
// rounds after a warm-up, so both endpoints see the same background load on a shared machine.
import autocannon from 'autocannon';
import { questionsFrom } from './bench-questions';
import type { BenchServer } from './bench-server';

/** How long and how hard to load each endpoint. */
export interface ThroughputPlan {
  connections: number;
  warmupSeconds: number;
  rounds: number;
  roundSeconds: number;
}

interface Sample {
  requests: number;
  seconds: number;
  cpuSeconds: number;
  errors: number;
  non2xx: number;
  latencies: number[];
}

interface Totals {
  rounds: Sample[];
  latencies: number[];
}

const fmt = (n: number, digits = 0) => n.toLocaleString('en-US', { maximumFractionDigits: digits });

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((sorted.length * p) / 100))] ?? Number.NaN;
}

/**
 * Loads both endpoints with autocannon (run here, in the load generator's process; the server is its own
 * process), prints requests/s, latency percentiles and server CPU per request for each and the ask/health
 * ratio, and returns whether the targets were met (ratio ≥ 10%, no errors, only 2xx).
 */
export async function measureThroughput(server: BenchServer, plan: ThroughputPlan): Promise<boolean> {
  const questions = await questionsFrom(server.url);
  let next = 0;

  const load = async (endpoint: 'health' | 'ask', seconds: number): Promise<Sample> => {
    const cpuBefore = server.cpuSeconds();
    const latencies: number[] = [];
    const run = autocannon({
      url: `${server.url}/api/${endpoint}`,
      connections: plan.connections,
      duration: seconds,
      ...(endpoint === 'ask'
        ? {
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
          }
        : {}),
    });
    run.on('response', (_client, _status, _bytes, responseTime) => latencies.push(responseTime));
    const result = await run;
    return {
      requests: result.requests.total,
      seconds: result.duration,
      cpuSeconds: server.cpuSeconds() - cpuBefore,
      errors: result.errors + result.timeouts,
      non2xx: result.non2xx,
      latencies,
    };
  };

  // Warm-up: JIT compilation, lazily built indexes and connection set-up stay out of the figures.
  await load('health', plan.warmupSeconds);
  await load('ask', plan.warmupSeconds);
  const asksBefore = next;

  const totals = {
    health: { rounds: [], latencies: [] } as Totals,
    ask: { rounds: [], latencies: [] } as Totals,
  };
  const generatorCpu = process.cpuUsage();
  const serverCpu = server.cpuSeconds();
  const started = performance.now();
  for (let round = 0; round < plan.rounds; round++) {
    for (const endpoint of ['health', 'ask'] as const) {
      const sample = await load(endpoint, plan.roundSeconds);
      totals[endpoint].rounds.push(sample);
      for (const ms of sample.latencies) totals[endpoint].latencies.push(ms);
      sample.latencies = [];
    }
  }
  const wall = (performance.now() - started) / 1000;
  const generator = process.cpuUsage(generatorCpu);
  const serverShare = (server.cpuSeconds() - serverCpu) / wall;
  const generatorShare = (generator.user + generator.system) / 1e6 / wall;

  const sum = (t: Totals, key: 'requests' | 'seconds' | 'cpuSeconds' | 'errors' | 'non2xx') =>
    t.rounds.reduce((total, sample) => total + sample[key], 0);
  const rate = (t: Totals) => sum(t, 'requests') / sum(t, 'seconds');
  const roundRates = (t: Totals) => t.rounds.map((sample) => sample.requests / sample.seconds);
  const cpuPerRequest = (t: Totals) => (sum(t, 'cpuSeconds') / sum(t, 'requests')) * 1e6;
  const line = (name: string, t: Totals) => {
    const sorted = t.latencies.sort((x, y) => x - y);
    const rates = roundRates(t);
    return (
      `${name.padEnd(16)} ${fmt(rate(t)).padStart(7)} req/s (rounds ${fmt(Math.min(...rates))}–${fmt(Math.max(...rates))})` +
      `   p50 ${fmt(percentile(sorted, 50), 2)} ms   p99 ${fmt(percentile(sorted, 99), 2)} ms   max ${fmt(sorted.at(-1) ?? 0, 1)} ms` +
      `   errors ${sum(t, 'errors')}   non-2xx ${sum(t, 'non2xx')}   server CPU ${fmt(cpuPerRequest(t))} µs/request`
    );
  };
  const ratio = rate(totals.ask) / rate(totals.health);
  const roundRatios = totals.ask.rounds.map(
    (sample, i) => sample.requests / sample.seconds / (roundRates(totals.health)[i] ?? Number.NaN),
  );
  const pct = (n: number) => `${(n * 100).toFixed(1)}%`;
  const asks = next - asksBefore;

  console.log(
    `throughput: autocannon with ${plan.connections} connections; ${plan.warmupSeconds} s warm-up per endpoint, then ` +
      `${plan.rounds} alternating rounds of ${plan.roundSeconds} s per endpoint`,
  );
  console.log(line('GET /api/health', totals.health));
  console.log(line('POST /api/ask', totals.ask));
  console.log(
    `ask / health     ${pct(ratio)} (rounds ${pct(Math.min(...roundRatios))}–${pct(Math.max(...roundRatios))})   target ≥ 10%` +
      `   (server CPU per request: ask costs ${fmt(cpuPerRequest(totals.ask) / cpuPerRequest(totals.health), 1)}× health)`,
  );
  console.log(
    `asks measured    ${fmt(asks)} over ${fmt(questions.length)} distinct questions (each asked at most ${Math.ceil(asks / questions.length)}×; nothing caches answers)`,
  );
  console.log(
    `CPU while measuring: server ${pct(serverShare)} of a core, load generator (this process) ${pct(generatorShare)}; ` +
      `server peak RSS ${fmt(server.peakRssMb())} MB`,
  );
  return (
    ratio >= 0.1 &&
    sum(totals.ask, 'errors') + sum(totals.health, 'errors') === 0 &&
    sum(totals.ask, 'non2xx') + sum(totals.health, 'non2xx') === 0
  );
}
