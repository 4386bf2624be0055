import type { RelationType } from '@notetutor/contracts';
import type { ConceptGraph } from '../types';

/** One relation on a path between two concepts. */
export interface ConceptPathStep {
  from: string;
  to: string;
  edge: string;
  relation: RelationType;
  /** `forward` when the relation points from `from` to `to` in the graph. */
  direction: 'forward' | 'backward';
  evidence: string[];
}

/** Options of {@link shortestConceptPath}. */
export interface ConceptPathOptions {
  /**
   * Longest path (in relations) worth returning: a longer cheapest path gives null rather than a different,
   * dearer route, so a bounded caller (chat) and an unbounded one (`/api/path`) never explain a pair two ways.
   */
  maxSteps?: number;
}

/** Cost of crossing a relation: a mere co-occurrence counts as two typed hops. */
function costOf(type: RelationType): number {
  return type === 'related-to' ? 2 : 1;
}

/**
 * The cheapest chain of relations between two concepts, walking relations either way (the graph is directed,
 * the question "how does bridge lead to iptables" is not). Typed relations cost 1, `related-to` 2; relations
 * no passage states are never crossed (nothing could explain the step); between two concepts the heaviest
 * of the cheapest relations is used; among equal paths the one found first in id order wins, so the answer
 * is deterministic. Each step says which relation it crosses, in which direction, and the passages that
 * state it. Returns [] when `from` is `to`, and null when there is no path (within `maxSteps`) or either
 * concept is missing. The one path query: `/api/path`, the graph browser and chat all call it.
 *
 * @example
 * shortestConceptPath(kb.graph, 'bridge', 'iptables')?.map((s) => `${s.from} -${s.relation}-> ${s.to}`);
 * // ['bridge -requires-> dnat', 'dnat -implemented-by-> iptables']
 */
export function shortestConceptPath(
  graph: ConceptGraph,
  from: string,
  to: string,
  options: ConceptPathOptions = {},
): ConceptPathStep[] | null {
  if (!graph.hasNode(from) || !graph.hasNode(to)) return null;
  if (from === to) return [];
  const distance = new Map<string, number>([[from, 0]]);
  const via = new Map<string, { previous: string; edge: string }>();
  const done = new Set<string>();
  const heap = new MinHeap();
  // A relation costs at most 2, so a path of `maxSteps` relations costs at most twice that: once the cheapest
  // open node costs more, no path within `maxSteps` is left to find and the walk stops.
  const reach = options.maxSteps === undefined ? Number.POSITIVE_INFINITY : 2 * options.maxSteps;
  // The cheapest relation to each neighbour of the node being expanded, reused from node to node.
  const choices = new Map<string, { cost: number; edge: string; weight: number }>();
  let sequence = 0;
  heap.push(0, sequence++, from);
  while (heap.size > 0) {
    const top = heap.pop();
    if (!top) break;
    const [d, , node] = top;
    if (d > reach) break;
    if (done.has(node)) continue;
    done.add(node);
    if (node === to) break;
    choices.clear();
    graph.forEachEdge(node, (edge, attributes, source, target) => {
      const other = source === node ? target : source;
      if (other === node || done.has(other) || attributes.evidence.length === 0) return;
      const cost = costOf(attributes.type);
      const best = choices.get(other);
      if (!best || cost < best.cost || (cost === best.cost && attributes.weight > best.weight)) {
        choices.set(other, { cost, edge, weight: attributes.weight });
      }
    });
    for (const other of [...choices.keys()].sort()) {
      const option = choices.get(other) as { cost: number; edge: string };
      const candidate = d + option.cost;
      if (candidate < (distance.get(other) ?? Number.POSITIVE_INFINITY)) {
        distance.set(other, candidate);
        via.set(other, { previous: node, edge: option.edge });
        heap.push(candidate, sequence++, other);
      }
    }
  }
  if (!via.has(to)) return null;
  const steps: ConceptPathStep[] = [];
  let current = to;
  while (current !== from) {
    const link = via.get(current) as { previous: string; edge: string };
    const attributes = graph.getEdgeAttributes(link.edge);
    steps.push({
      from: link.previous,
      to: current,
      edge: link.edge,
      relation: attributes.type,
      direction: graph.source(link.edge) === link.previous ? 'forward' : 'backward',
      evidence: [...attributes.evidence],
    });
    current = link.previous;
  }
  if (options.maxSteps !== undefined && steps.length > options.maxSteps) return null;
  return steps.reverse();
}

/** A binary min-heap of (cost, sequence, node), ordered by cost then insertion. */
class MinHeap {
  private readonly items: Array<[number, number, string]> = [];

  get size(): number {
    return this.items.length;
  }

  push(cost: number, sequence: number, node: string): void {
    const items = this.items;
    items.push([cost, sequence, node]);
    let i = items.length - 1;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!this.less(i, parent)) break;
      [items[i], items[parent]] = [
        items[parent] as [number, number, string],
        items[i] as [number, number, string],
      ];
      i = parent;
    }
  }

  pop(): [number, number, string] | undefined {
    const items = this.items;
    const top = items[0];
    const last = items.pop();
    if (items.length > 0 && last) {
      items[0] = last;
      let i = 0;
      for (;;) {
        const left = 2 * i + 1;
        const right = left + 1;
        let smallest = i;
        if (left < items.length && this.less(left, smallest)) smallest = left;
        if (right < items.length && this.less(right, smallest)) smallest = right;
        if (smallest === i) break;
        [items[i], items[smallest]] = [
          items[smallest] as [number, number, string],
          items[i] as [number, number, string],
        ];
        i = smallest;
      }
    }
    return top;
  }

  private less(a: number, b: number): boolean {
    const x = this.items[a] as [number, number, string];
    const y = this.items[b] as [number, number, string];
    return x[0] < y[0] || (x[0] === y[0] && x[1] < y[1]);
  }
}
