import { arrayOf, isRecord, numberField, stringField } from '../validate/shape';
import { extent } from './extent';
import type { GraphEdgeView, GraphNodeView, GraphView } from './graph-view';

const strings = (value: unknown) => arrayOf(value, (s) => (typeof s === 'string' ? s : undefined));

/**
 * Validates graphology's `graph.export()` JSON from `GET /api/graph` into a `GraphView`. Nodes without a key,
 * edges whose ends are missing and duplicate keys are dropped; a node without finite x/y gets a place on a
 * circle (sigma must never see a non-finite position); sizes fall back to mentions.
 */
export function parseGraphExport(json: unknown): GraphView {
  const root = isRecord(json) ? json : {};
  const rawNodes = Array.isArray(root.nodes) ? root.nodes : [];
  const nodes: GraphNodeView[] = [];
  const seen = new Set<string>();
  rawNodes.forEach((raw, index) => {
    if (!isRecord(raw)) return;
    const id = stringField(raw, 'key');
    if (!id || seen.has(id)) return;
    seen.add(id);
    const a = isRecord(raw.attributes) ? raw.attributes : {};
    const labelZh = stringField(a, 'labelZh') ?? stringField(a, 'label') ?? id;
    const labelEn = stringField(a, 'labelEn') ?? stringField(a, 'label') ?? id;
    const mentions = Math.max(0, numberField(a, 'mentions') ?? 0);
    const angle = (index / Math.max(1, rawNodes.length)) * Math.PI * 2;
    const x = numberField(a, 'x');
    const y = numberField(a, 'y');
    const hasPosition = x !== undefined && y !== undefined;
    nodes.push({
      id,
      label: stringField(a, 'label') ?? labelZh,
      labelZh,
      labelEn,
      kind: stringField(a, 'kind') ?? 'concept',
      aliases: strings(a.aliases),
      x: hasPosition ? x : Math.cos(angle) * 100,
      y: hasPosition ? y : Math.sin(angle) * 100,
      size: numberField(a, 'size') ?? 0,
      mentions,
    });
  });
  const maxMentions = Math.max(1, extent(nodes.map((n) => n.mentions)).max);
  for (const node of nodes) {
    if (!(node.size > 0)) node.size = 4 + 10 * Math.sqrt(node.mentions / maxMentions);
  }

  const edges: GraphEdgeView[] = [];
  const edgeKeys = new Set<string>();
  for (const [index, raw] of (Array.isArray(root.edges) ? root.edges : []).entries()) {
    if (!isRecord(raw)) continue;
    const source = stringField(raw, 'source');
    const target = stringField(raw, 'target');
    if (!source || !target || !seen.has(source) || !seen.has(target)) continue;
    const a = isRecord(raw.attributes) ? raw.attributes : {};
    let id = stringField(raw, 'key') ?? `edge-${index}`;
    if (edgeKeys.has(id)) id = `${id}~${index}`;
    edgeKeys.add(id);
    edges.push({
      id,
      source,
      target,
      type: stringField(a, 'type') ?? 'related-to',
      evidence: strings(a.evidence),
      weight: numberField(a, 'weight') ?? 1,
    });
  }
  return { nodes, edges };
}
