import type Graph from 'graphology';

/** Options of `personalizedPageRank`. */
export interface PageRankOptions {
  /** Probability of following an edge rather than jumping back to the seeds. Default 0.85. */
  alpha?: number;
  /** Most power iterations. Default 100. */
  iterations?: number;
  /** Stop once the scores move less than this in total (L1). Default 1e-10. */
  tolerance?: number;
  /** Use the edges' `weight` attribute (default true); otherwise every edge counts 1. */
  weighted?: boolean;
}

/**
 * Personalised PageRank by power iteration on the undirected, weighted view of a graph (relations read
 * both ways: what relates to the seeds matters whatever the direction of the edge). Seeds are node ids, or
 * ids with weights; with no seeds it is plain PageRank. Seeds that are not in the graph are ignored, and when
 * none is left the result is empty. Deterministic: the same graph and seeds give the same numbers. Returns
 * every node's score (summing to 1), highest first, ties by id.
 *
 * @example
 * const scores = personalizedPageRank(kb.graph, ['bridge']);
 * [...scores.keys()].slice(0, 3); // ['bridge', 'docker0', 'dnat']
 */
export function personalizedPageRank(
  graph: Graph,
  seeds: readonly string[] | Readonly<Record<string, number>> = [],
  options: PageRankOptions = {},
): Map<string, number> {
  const alpha = options.alpha ?? 0.85;
  const iterations = options.iterations ?? 100;
  const tolerance = options.tolerance ?? 1e-10;
  const weighted = options.weighted ?? true;
  const nodes = graph.nodes();
  const n = nodes.length;
  const result = new Map<string, number>();
  if (n === 0) return result;
  const index = new Map<string, number>();
  nodes.forEach((node, i) => {
    index.set(node, i);
  });

  const personal = new Float64Array(n);
  const seedEntries: Array<[string, number]> = Array.isArray(seeds)
    ? (seeds as readonly string[]).map((s): [string, number] => [s, 1])
    : Object.entries(seeds as Record<string, number>);
  if (seedEntries.length === 0) {
    personal.fill(1 / n);
  } else {
    let total = 0;
    for (const [id, w] of seedEntries) {
      const i = index.get(id);
      if (i === undefined || !(w > 0) || !Number.isFinite(w)) continue;
      personal[i] = (personal[i] as number) + w;
      total += w;
    }
    if (total === 0) return result;
    for (let i = 0; i < n; i++) personal[i] = (personal[i] as number) / total;
  }

  // Undirected adjacency in compressed form: neighbours and weights of node i at [start[i], start[i+1]).
  const pairs: Array<[number, number, number]> = [];
  const degree = new Float64Array(n);
  graph.forEachEdge((_edge, attributes, source, target) => {
    const s = index.get(source) as number;
    const t = index.get(target) as number;
    if (s === t) return;
    const raw = weighted ? Number((attributes as { weight?: unknown }).weight) : 1;
    const w = Number.isFinite(raw) && raw > 0 ? raw : 1;
    pairs.push([s, t, w], [t, s, w]);
    degree[s] = (degree[s] as number) + w;
    degree[t] = (degree[t] as number) + w;
  });
  const start = new Int32Array(n + 1);
  for (const [s] of pairs) start[s + 1] = (start[s + 1] as number) + 1;
  for (let i = 0; i < n; i++) start[i + 1] = (start[i + 1] as number) + (start[i] as number);
  const fill = start.slice(0, n);
  const neighbour = new Int32Array(pairs.length);
  const share = new Float64Array(pairs.length);
  for (const [s, t, w] of pairs) {
    const at = fill[s] as number;
    neighbour[at] = t;
    share[at] = w / (degree[s] as number);
    fill[s] = at + 1;
  }

  let rank = Float64Array.from(personal);
  let next = new Float64Array(n);
  for (let iteration = 0; iteration < iterations; iteration++) {
    let dangling = 0;
    for (let i = 0; i < n; i++) if (degree[i] === 0) dangling += rank[i] as number;
    for (let i = 0; i < n; i++) next[i] = (1 - alpha + alpha * dangling) * (personal[i] as number);
    for (let i = 0; i < n; i++) {
      const r = rank[i] as number;
      if (r === 0) continue;
      for (let e = start[i] as number; e < (start[i + 1] as number); e++) {
        const j = neighbour[e] as number;
        next[j] = (next[j] as number) + alpha * r * (share[e] as number);
      }
    }
    let change = 0;
    for (let i = 0; i < n; i++) change += Math.abs((next[i] as number) - (rank[i] as number));
    [rank, next] = [next, rank];
    if (change < tolerance) break;
  }
  const order = nodes.map((id, i) => [id, rank[i] as number] as const);
  order.sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  for (const [id, score] of order) result.set(id, score);
  return result;
}
