import type { GraphNodeView } from './graph-view';

function normalise(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim();
}

/**
 * Concepts of the loaded graph whose id, labels or aliases contain `query` (case- and width-insensitive),
 * exact matches first. Used by the graph page when the API's search is unavailable, and to resolve a typed
 * name in the path finder.
 */
export function matchConcepts(nodes: GraphNodeView[], query: string, limit = 8): GraphNodeView[] {
  const q = normalise(query);
  if (!q) return [];
  const scored: { node: GraphNodeView; score: number }[] = [];
  for (const node of nodes) {
    const names = [node.id, node.labelZh, node.labelEn, node.label, ...node.aliases].map(normalise);
    let score = 0;
    if (names.includes(q)) score = 3;
    else if (names.some((n) => n.startsWith(q))) score = 2;
    else if (names.some((n) => n.includes(q))) score = 1;
    if (score > 0) scored.push({ node, score });
  }
  return scored
    .sort(
      (a, b) => b.score - a.score || b.node.mentions - a.node.mentions || a.node.id.localeCompare(b.node.id),
    )
    .slice(0, limit)
    .map((s) => s.node);
}
