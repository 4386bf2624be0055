import type { ConceptDetail } from '@notetutor/contracts';
import { cache } from 'react';
import { toConceptDetail } from '../validate/to-concept-detail';
import { apiOrigin } from './env';

/** What the server got for a concept page. */
export type ConceptLookup =
  | { status: 'found'; detail: ConceptDetail }
  | { status: 'not_found' }
  | { status: 'unavailable'; reason: string };

/**
 * Fetches `GET /api/concepts/:id` from the API on the server, at request time (no caching: the notes can
 * change while the API runs). Deduplicated per request, so metadata and page share one call.
 */
export const fetchConcept = cache(async (id: string): Promise<ConceptLookup> => {
  let response: Response;
  try {
    response = await fetch(`${apiOrigin()}/api/concepts/${encodeURIComponent(id)}`, {
      cache: 'no-store',
      headers: { accept: 'application/json' },
      signal: AbortSignal.timeout(8000),
    });
  } catch (error) {
    return { status: 'unavailable', reason: error instanceof Error ? error.message : String(error) };
  }
  if (response.status === 404) return { status: 'not_found' };
  if (!response.ok) return { status: 'unavailable', reason: `HTTP ${response.status}` };
  try {
    const detail = toConceptDetail(await response.json());
    return detail
      ? { status: 'found', detail }
      : { status: 'unavailable', reason: 'unexpected response shape' };
  } catch {
    return { status: 'unavailable', reason: 'response was not JSON' };
  }
});
