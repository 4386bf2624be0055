import { ApiError } from './api-error';
import { errorFromResponse } from './error-from-response';

/**
 * GETs (or sends) JSON to the API through the web app's same-origin `/api` proxy and returns the parsed body.
 * Every failure becomes an `ApiError`, so callers show one friendly message per error code.
 */
export async function fetchJson(path: string, init: RequestInit = {}): Promise<unknown> {
  let response: Response;
  try {
    response = await fetch(path, { ...init, headers: { accept: 'application/json', ...init.headers } });
  } catch (error) {
    if (init.signal?.aborted) throw error;
    throw new ApiError('unreachable', `cannot reach ${path}`);
  }
  if (!response.ok) throw await errorFromResponse(response);
  try {
    return await response.json();
  } catch {
    throw new ApiError('bad_response', `${path} did not return JSON`, response.status);
  }
}
