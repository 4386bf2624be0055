import { isRecord, stringField } from '../validate/shape';
import { toErrorCode } from '../validate/to-error-code';
import { ApiError } from './api-error';

/** Turns a non-2xx response (a JSON `{ error: { code, message } }` body, or anything else) into an `ApiError`. */
export async function errorFromResponse(response: Response): Promise<ApiError> {
  const retryHeader = Number(response.headers.get('retry-after'));
  const retryAfter = Number.isFinite(retryHeader) && retryHeader > 0 ? retryHeader : undefined;
  let body: unknown;
  try {
    body = await response.json();
  } catch {
    body = undefined;
  }
  const error = isRecord(body) && isRecord(body.error) ? body.error : undefined;
  const message = (error && stringField(error, 'message')) || `HTTP ${response.status}`;
  if (error?.code === 'unreachable') return new ApiError('unreachable', message, response.status, retryAfter);
  if (error) return new ApiError(toErrorCode(error.code), message, response.status, retryAfter);
  const code =
    response.status === 404 ? 'not_found' : response.status >= 500 ? 'unreachable' : 'bad_response';
  return new ApiError(code, message, response.status, retryAfter);
}
