import type { KnowledgeBase } from '@notetutor/graph';

/**
 * The concept graph as compressed adjacency arrays (CSR) of its undirected, weighted view: parallel and
 * opposite edges between two concepts are merged, their weights summed. Walks over it (personalised
 * PageRank per question) touch typed arrays instead of graphology's attribute objects.
 */
export interface ConceptAdjacency {
  ids: readonly string[];
  position: ReadonlyMap<string, number>;
  /** Neighbours of node `i` are `neighbours[offsets[i]]` … `neighbours[offsets[i + 1] - 1]`. */
  offsets: Int32Array;
  neighbours: Int32Array;
  weights: Float64Array;
  /** Sum of a node's edge weights. */
  degree: Float64Array;
}

/**
 * Builds the adjacency arrays of a knowledge base's graph (node order sorted by id, so the result is
 * deterministic). Edge weights that are not positive finite numbers count 1.
 *
 * @example
 * const adjacency = buildConceptAdjacency(kb);
 * adjacency.degree[adjacency.position.get('cgroups') ?? -1]; // > 0
 */
export function buildConceptAdjacency(kb: KnowledgeBase): ConceptAdjacency {
  const ids = [...kb.graph.nodes()].sort();
  const position = new Map<string, number>();
  ids.forEach((id, i) => {
    position.set(id, i);
  });
  const rows: Map<number, number>[] = ids.map(() => new Map());
  kb.graph.forEachEdge((_edge, attributes, source, target) => {
    const s = position.get(source);
    const t = position.get(target);
    if (s === undefined || t === undefined || s === t) return;
    const w = Number.isFinite(attributes.weight) && attributes.weight > 0 ? attributes.weight : 1;
    const rowS = rows[s] as Map<number, number>;
    const rowT = rows[t] as Map<number, number>;
    rowS.set(t, (rowS.get(t) ?? 0) + w);
    rowT.set(s, (rowT.get(s) ?? 0) + w);
  });
  const offsets = new Int32Array(ids.length + 1);
  rows.forEach((row, i) => {
    offsets[i + 1] = (offsets[i] as number) + row.size;
  });
  const neighbours = new Int32Array(offsets[ids.length] as number);
  const weights = new Float64Array(neighbours.length);
  const degree = new Float64Array(ids.length);
  rows.forEach((row, i) => {
    let k = offsets[i] as number;
    for (const [j, w] of [...row].sort((a, b) => a[0] - b[0])) {
      neighbours[k] = j;
      weights[k] = w;
      degree[i] = (degree[i] as number) + w;
      k++;
    }
  });
  return { ids, position, offsets, neighbours, weights, degree };
}
