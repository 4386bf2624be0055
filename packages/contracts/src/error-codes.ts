/**
 * The error codes of the HTTP API, as plain data: importable from `@notetutor/contracts/error-codes` without
 * zod, so browser code can check a code without shipping the schemas.
 */
export const ERROR_CODES = [
  'bad_request',
  'invalid_request',
  'unauthorized',
  'not_found',
  'conflict',
  'method_not_allowed',
  'payload_too_large',
  'unsupported_media_type',
  'rate_limited',
  'overloaded',
  'store_unavailable',
  'timeout',
  'model_error',
  'internal',
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];
