import type { GraphEdgeView, GraphNodeView, GraphView } from './graph-view';

/** The concepts of one answer and the relations among them, for the mini-graph beside it. */
export interface AnswerSubgraph {
  nodes: (GraphNodeView & { core: boolean })[];
  edges: GraphEdgeView[];
}

/** Most concepts added to connect an answer's concepts that the notes do not relate directly. */
const MAX_BRIDGES = 3;
const MAX_CORE = 8;

/**
 * The answer's concepts (`core`) with every relation among them. When they are not connected that way, the
 * concepts that relate to two or more of them are added (`core: false`, most connecting first) so the learner
 * sees how the answer's ideas meet. Parallel edges of the same type collapse to one.
 */
export function answerSubgraph(graph: GraphView, conceptIds: string[]): AnswerSubgraph {
  const byId = new Map(graph.nodes.map((n) => [n.id, n]));
  const core = [...new Set(conceptIds)].filter((id) => byId.has(id)).slice(0, MAX_CORE);
  const coreSet = new Set(core);
  const among = (set: Set<string>) =>
    graph.edges.filter((e) => set.has(e.source) && set.has(e.target) && e.source !== e.target);

  const included = new Set(coreSet);
  if (core.length >= 2 && among(coreSet).length < core.length - 1) {
    const touches = new Map<string, Set<string>>();
    for (const e of graph.edges) {
      for (const [from, to] of [
        [e.source, e.target],
        [e.target, e.source],
      ] as const) {
        if (coreSet.has(from) && !coreSet.has(to)) {
          const set = touches.get(to) ?? new Set<string>();
          set.add(from);
          touches.set(to, set);
        }
      }
    }
    const bridges = [...touches.entries()]
      .filter(([, reached]) => reached.size >= 2)
      .sort(
        (a, b) =>
          b[1].size - a[1].size ||
          (byId.get(b[0])?.mentions ?? 0) - (byId.get(a[0])?.mentions ?? 0) ||
          a[0].localeCompare(b[0]),
      )
      .slice(0, MAX_BRIDGES);
    for (const [id] of bridges) included.add(id);
  }

  const seenPairs = new Set<string>();
  const edges = among(included).filter((e) => {
    const key = `${e.source}\u0000${e.target}\u0000${e.type}`;
    if (seenPairs.has(key)) return false;
    seenPairs.add(key);
    // A bridge only earns edges to the core, not among other bridges.
    return coreSet.has(e.source) || coreSet.has(e.target);
  });
  const nodes = [...included].flatMap((id) => {
    const node = byId.get(id);
    return node ? [{ ...node, core: coreSet.has(id) }] : [];
  });
  return { nodes, edges };
}
