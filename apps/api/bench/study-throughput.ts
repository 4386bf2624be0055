// Throughput of POST /api/study/reviews against GET /api/health on one server process (SQLite, WAL), in
// alternating rounds after a warm-up, so both see the same background load on a shared machine.
import autocannon from 'autocannon';
import type { BenchServer } from './bench-server';

/** How long and how hard to load each endpoint. */
export interface StudyThroughputPlan {
  connections: number;
  learners: number;
  warmupSeconds: number;
  rounds: number;
  roundSeconds: number;
}

const fmt = (n: number, digits = 0) => n.toLocaleString('en-US', { maximumFractionDigits: digits });

/**
 * Makes `plan.learners` learners, each with the ids of its first due cards, then loads health and reviews
 * (each review a new `reviewId`, a learner and card in turn, rating good) with autocannon; prints requests/s,
 * p50/p99 and the reviews/health ratio, and returns whether the target was met (≥ 30%, no errors, only 2xx).
 */
export async function measureStudyThroughput(
  server: BenchServer,
  plan: StudyThroughputPlan,
): Promise<boolean> {
  const learners: Array<{ token: string; cards: string[] }> = [];
  for (let i = 0; i < plan.learners; i++) {
    const made = (await (await fetch(`${server.url}/api/learners`, { method: 'POST' })).json()) as {
      token: string;
    };
    const due = (await (
      await fetch(`${server.url}/api/study/due?limit=20`, {
        headers: { authorization: `Bearer ${made.token}` },
      })
    ).json()) as { cards: Array<{ id: string }> };
    learners.push({ token: made.token, cards: due.cards.map((c) => c.id) });
  }
  let next = 0;
  const load = async (endpoint: 'health' | 'reviews', seconds: number) => {
    const latencies: number[] = [];
    const run = autocannon({
      url: `${server.url}/api/${endpoint === 'health' ? 'health' : 'study/reviews'}`,
      connections: plan.connections,
      duration: seconds,
      ...(endpoint === 'reviews'
        ? {
            requests: [
              {
                method: 'POST',
                setupRequest(request) {
                  const n = next++;
                  const learner = learners[n % learners.length];
                  const cardId =
                    learner?.cards[Math.floor(n / learners.length) % (learner?.cards.length || 1)];
                  return {
                    ...request,
                    headers: {
                      'content-type': 'application/json',
                      authorization: `Bearer ${learner?.token}`,
                    },
                    body: JSON.stringify({ cardId, rating: 3, reviewId: `bench-review-${n}` }),
                  };
                },
              },
            ],
          }
        : {}),
    });
    run.on('response', (_client, _status, _bytes, ms) => latencies.push(ms));
    const result = await run;
    return {
      requests: result.requests.total,
      seconds: result.duration,
      bad: result.errors + result.timeouts + result.non2xx,
      latencies,
    };
  };

  await load('health', plan.warmupSeconds);
  await load('reviews', plan.warmupSeconds);
  const totals = {
    health: { requests: 0, seconds: 0, bad: 0, latencies: [] as number[] },
    reviews: { requests: 0, seconds: 0, bad: 0, latencies: [] as number[] },
  };
  for (let round = 0; round < plan.rounds; round++) {
    for (const endpoint of ['health', 'reviews'] as const) {
      const sample = await load(endpoint, plan.roundSeconds);
      const total = totals[endpoint];
      total.requests += sample.requests;
      total.seconds += sample.seconds;
      total.bad += sample.bad;
      // One by one: a spread of a fast round's hundreds of thousands of latencies overflows the call stack.
      for (const latency of sample.latencies) total.latencies.push(latency);
    }
  }
  const rate = (t: (typeof totals)['health']) => t.requests / t.seconds;
  const p = (t: (typeof totals)['health'], q: number) => {
    const sorted = t.latencies.sort((a, b) => a - b);
    return sorted[Math.min(sorted.length - 1, Math.floor((sorted.length * q) / 100))] ?? Number.NaN;
  };
  const line = (name: string, t: (typeof totals)['health']) =>
    `${name.padEnd(24)} ${fmt(rate(t)).padStart(7)} req/s   p50 ${fmt(p(t, 50), 2)} ms   p99 ${fmt(p(t, 99), 2)} ms   errors/non-2xx ${t.bad}`;
  const ratio = rate(totals.reviews) / rate(totals.health);
  console.log(
    `study: SQLite (WAL), ${plan.learners} learners, autocannon with ${plan.connections} connections; ${plan.rounds} alternating rounds of ${plan.roundSeconds} s`,
  );
  console.log(line('GET /api/health', totals.health));
  console.log(line('POST /api/study/reviews', totals.reviews));
  console.log(
    `reviews / health         ${(ratio * 100).toFixed(1)}%   target ≥ 30%   (${fmt(totals.reviews.requests)} reviews logged)`,
  );
  return ratio >= 0.3 && totals.reviews.bad === 0 && totals.health.bad === 0;
}
