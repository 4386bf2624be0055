import type { ConceptSummary } from '@notetutor/contracts';
import { loadConceptSummaries } from './load-concept-summaries';

/**
 * The concepts the API's ranked search (`GET /api/concepts?q=`, `createConceptSearch` of `@notetutor/graph`)
 * finds for a typed name, best first, limited to those the loaded graph shows. The browser keeps no ranking
 * of its own, so the search box, the path finder and the API agree on what a name means.
 *
 * @example
 * await findConcepts('ＤＯＣＫＥＲ', new Set(['docker', 'docker0'])); // [{ id: 'docker', … }, { id: 'docker0', … }]
 */
export async function findConcepts(
  name: string,
  known: ReadonlySet<string> | null,
  signal?: AbortSignal,
): Promise<ConceptSummary[]> {
  if (!name.trim()) return [];
  const found = await loadConceptSummaries(name, signal);
  return known === null ? found : found.filter((concept) => known.has(concept.id));
}
