import { indexTable } from './index-table';
import type { TutorIndex } from './prepare-index';

/** Restart probability of the random walk. */
const ALPHA = 0.15;
/** Residual per unit of weighted degree below which a node is not pushed any further. */
const EPSILON = 1e-4;

/**
 * Personalised PageRank from weighted seed concepts over the undirected, edge-weighted view of the concept
 * graph, computed by local push (Andersen, Chung & Lang 2006) on its adjacency arrays: work is bounded by
 * about `1 / (ε·α)` edge visits whatever the size of the graph, so a question costs the same on a 5 kB and a
 * 5 MB notes folder. Returns the concepts with a non-zero score, seeds included, best first (ties by id),
 * at most `limit` of them.
 *
 * @example
 * expandConcepts(prepareIndex(kb), new Map([['cgroups', 1]])).slice(0, 3);
 * // [['cgroups', 0.4…], ['cpu', …], ['memory', …]]
 */
export function expandConcepts(
  index: TutorIndex,
  seeds: ReadonlyMap<string, number>,
  limit = Number.POSITIVE_INFINITY,
): [string, number][] {
  const graph = index.adjacency;
  let total = 0;
  for (const [id, weight] of seeds) if (graph.position.has(id) && weight > 0) total += weight;
  if (total === 0) return [];
  // Scratch arrays are kept with the index and cleared through the list of nodes the push touched, so a question
  // allocates nothing in proportion to the graph's size.
  const { rank, residual, ring, queued, touched } = index.table(PUSH_SCRATCH);
  let touchedCount = 0;
  const touch = (i: number) => {
    if (rank[i] === 0 && residual[i] === 0) touched[touchedCount++] = i;
  };
  // A FIFO ring of node indexes, each queued at most once at a time: memory stays O(nodes) however long the
  // push runs.
  let head = 0;
  let tail = 0;
  const enqueue = (i: number) => {
    if (queued[i] === 1) return;
    queued[i] = 1;
    ring[tail] = i;
    tail = (tail + 1) % ring.length;
  };
  for (const [id, weight] of seeds) {
    const i = graph.position.get(id);
    if (i === undefined || weight <= 0) continue;
    touch(i);
    residual[i] = (residual[i] as number) + weight / total;
    enqueue(i);
  }
  let budget = Math.ceil(4 / (EPSILON * ALPHA));
  while (head !== tail && budget > 0) {
    const u = ring[head] as number;
    head = (head + 1) % ring.length;
    queued[u] = 0;
    const r = residual[u] as number;
    const d = graph.degree[u] as number;
    if (d === 0) {
      rank[u] = (rank[u] as number) + r;
      residual[u] = 0;
      continue;
    }
    if (r < EPSILON * d) continue;
    rank[u] = (rank[u] as number) + ALPHA * r;
    residual[u] = 0;
    const spread = ((1 - ALPHA) * r) / d;
    const end = graph.offsets[u + 1] as number;
    for (let k = graph.offsets[u] as number; k < end; k++) {
      budget--;
      const v = graph.neighbours[k] as number;
      touch(v);
      const after = (residual[v] as number) + spread * (graph.weights[k] as number);
      residual[v] = after;
      if (after >= EPSILON * (graph.degree[v] as number)) enqueue(v);
    }
  }
  // Best first (ties by id), sorting node indexes in place; only the `limit` best become output tuples.
  const order = touched.subarray(0, touchedCount);
  order.sort((a, b) => {
    // Comparisons rather than a difference of doubles: the comparator then allocates nothing.
    const rankA = rank[a] as number;
    const rankB = rank[b] as number;
    if (rankA !== rankB) return rankA > rankB ? -1 : 1;
    const idA = graph.ids[a] as string;
    const idB = graph.ids[b] as string;
    return idA < idB ? -1 : idA > idB ? 1 : 0;
  });
  const out: [string, number][] = [];
  for (const i of order) {
    const value = rank[i] as number;
    if (value > 0 && out.length < limit) out.push([graph.ids[i] as string, value]);
  }
  for (const i of order) {
    rank[i] = 0;
    residual[i] = 0;
  }
  // Nodes left in the ring when the budget ran out.
  while (head !== tail) {
    queued[ring[head] as number] = 0;
    head = (head + 1) % ring.length;
  }
  return out;
}

interface Scratch {
  rank: Float64Array;
  residual: Float64Array;
  ring: Int32Array;
  queued: Uint8Array;
  touched: Int32Array;
}

const PUSH_SCRATCH = indexTable('push scratch', (_kb, index): Scratch => {
  const n = index.adjacency.ids.length;
  return {
    rank: new Float64Array(n),
    residual: new Float64Array(n),
    ring: new Int32Array(n + 1),
    queued: new Uint8Array(n),
    touched: new Int32Array(n),
  };
});
