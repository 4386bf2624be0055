import type { ConceptAdjacency } from './concept-adjacency';

/** Restart probability of the random walk. */
const ALPHA = 0.15;
/** Residual per unit of weighted degree below which a node is not pushed any further. */
const EPSILON = 1e-4;

/**
 * Personalised PageRank from weighted seed concepts over the undirected, edge-weighted view of the concept
 * graph, computed by local push (Andersen, Chung & Lang 2006) on its adjacency arrays: work is bounded by
 * about `1 / (ε·α)` edge visits whatever the size of the graph, so a question costs the same on a 5 kB and a
 * 5 MB notes folder. Returns the concepts with a non-zero score, seeds included, best first (ties by id).
 *
 * @example
 * expandConcepts(prepareIndex(kb).adjacency, new Map([['cgroups', 1]])).slice(0, 3);
 * // [['cgroups', 0.4…], ['cpu', …], ['memory', …]]
 */
export function expandConcepts(
  graph: ConceptAdjacency,
  seeds: ReadonlyMap<string, number>,
): [string, number][] {
  const n = graph.ids.length;
  const rank = new Float64Array(n);
  const residual = new Float64Array(n);
  let total = 0;
  for (const [id, weight] of seeds) if (graph.position.has(id) && weight > 0) total += weight;
  if (total === 0) return [];
  // A FIFO ring of node indexes, each queued at most once at a time: memory stays O(nodes) however long the
  // push runs.
  const ring = new Int32Array(n + 1);
  const queued = new Uint8Array(n);
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
      const after = (residual[v] as number) + spread * (graph.weights[k] as number);
      residual[v] = after;
      if (after >= EPSILON * (graph.degree[v] as number)) enqueue(v);
    }
  }
  const out: [string, number][] = [];
  rank.forEach((value, i) => {
    if (value > 0) out.push([graph.ids[i] as string, value]);
  });
  return out.sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
}
