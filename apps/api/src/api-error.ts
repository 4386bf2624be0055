import type { ErrorBody, ErrorCode } from '@notetutor/contracts';

/** HTTP status for each error code the API returns. */
export const STATUS_OF: Record<
  ErrorCode,
  400 | 401 | 404 | 405 | 408 | 409 | 413 | 415 | 429 | 500 | 502 | 503 | 504
> = {
  bad_request: 400,
  invalid_request: 400,
  unauthorized: 401,
  not_found: 404,
  conflict: 409,
  method_not_allowed: 405,
  payload_too_large: 413,
  unsupported_media_type: 415,
  rate_limited: 429,
  overloaded: 503,
  store_unavailable: 503,
  timeout: 504,
  model_error: 502,
  internal: 500,
};

/** OpenAI's `error.type` for each code, used on the `/v1` routes so OpenAI clients read them naturally. */
const OPENAI_TYPE_OF: Record<ErrorCode, string> = {
  bad_request: 'invalid_request_error',
  invalid_request: 'invalid_request_error',
  unauthorized: 'authentication_error',
  not_found: 'invalid_request_error',
  conflict: 'invalid_request_error',
  method_not_allowed: 'invalid_request_error',
  payload_too_large: 'invalid_request_error',
  unsupported_media_type: 'invalid_request_error',
  rate_limited: 'rate_limit_error',
  overloaded: 'server_error',
  store_unavailable: 'server_error',
  timeout: 'timeout_error',
  model_error: 'api_error',
  internal: 'server_error',
};

/** The one error type of the HTTP edge: it knows its code, status, message and any extra headers. */
export class ApiError extends Error {
  readonly code: ErrorCode;
  readonly status: (typeof STATUS_OF)[ErrorCode];
  readonly headers: Record<string, string>;

  /**
   * @example
   * throw new ApiError('not_found', `no concept "${id}"`);
   * throw new ApiError('rate_limited', 'too many requests', { 'Retry-After': '3' });
   * throw new ApiError('timeout', 'the body did not arrive in time', {}, 408); // the code's usual status differs
   */
  constructor(
    code: ErrorCode,
    message: string,
    headers: Record<string, string> = {},
    status: (typeof STATUS_OF)[ErrorCode] = STATUS_OF[code],
  ) {
    super(message);
    this.name = 'ApiError';
    this.code = code;
    this.status = status;
    this.headers = headers;
  }

  /**
   * The response body. `openai` adds OpenAI's `type` and `param` fields beside `code` and `message`, so the
   * same body is both our contract and what OpenAI clients expect.
   */
  toBody(flavour: 'api' | 'openai' = 'api'): ErrorBody {
    const error = { code: this.code, message: this.message };
    return flavour === 'openai'
      ? { error: { ...error, type: OPENAI_TYPE_OF[this.code], param: null } as ErrorBody['error'] }
      : { error };
  }

  /** The error as a JSON response with its status and headers. */
  toResponse(flavour: 'api' | 'openai' = 'api'): Response {
    return new Response(JSON.stringify(this.toBody(flavour)), {
      status: this.status,
      headers: { 'Content-Type': 'application/json; charset=UTF-8', ...this.headers },
    });
  }
}
