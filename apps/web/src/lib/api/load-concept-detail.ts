import type { ConceptDetail } from '@notetutor/contracts';
import { toConceptDetail } from '../validate/to-concept-detail';
import { ApiError } from './api-error';
import { fetchJson } from './fetch-json';

/** `GET /api/concepts/:id`, validated. A 404 throws `ApiError` with code `not_found`. */
export async function loadConceptDetail(id: string, signal?: AbortSignal): Promise<ConceptDetail> {
  const json = await fetchJson(`/api/concepts/${encodeURIComponent(id)}`, signal ? { signal } : {});
  const detail = toConceptDetail(json);
  if (!detail) throw new ApiError('bad_response', `concept ${id} came back in an unexpected shape`);
  return detail;
}
