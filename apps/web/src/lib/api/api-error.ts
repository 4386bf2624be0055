import type { ErrorCode } from '@notetutor/contracts';

/**
 * What went wrong talking to the API, as the UI needs it: the contract's error codes, plus `unreachable`
 * (no answer from the API at all) and `bad_response` (an answer the page cannot read).
 */
export type ApiErrorCode = ErrorCode | 'unreachable' | 'bad_response';

/** A failed API call. `status` is 0 when no HTTP response arrived. */
export class ApiError extends Error {
  readonly code: ApiErrorCode;
  readonly status: number;
  /** Seconds to wait before retrying, from `Retry-After`. */
  readonly retryAfter: number | undefined;

  constructor(code: ApiErrorCode, message: string, status = 0, retryAfter?: number) {
    super(`@notetutor/web/api: ${message}`);
    this.name = 'ApiError';
    this.code = code;
    this.status = status;
    this.retryAfter = retryAfter;
  }
}
