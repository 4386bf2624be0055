import type { PathResult } from '@notetutor/contracts';
import { toPathResult } from '../validate/to-concept-detail';
import { ApiError } from './api-error';
import { fetchJson } from './fetch-json';

/** `GET /api/path?from=&to=`, validated. */
export async function loadPath(from: string, to: string, signal?: AbortSignal): Promise<PathResult> {
  const query = new URLSearchParams({ from, to });
  const json = await fetchJson(`/api/path?${query}`, signal ? { signal } : {});
  const result = toPathResult(json);
  if (!result) throw new ApiError('bad_response', 'the path came back in an unexpected shape');
  return result;
}
