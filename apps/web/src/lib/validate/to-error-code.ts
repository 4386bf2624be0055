import type { ErrorCode } from '@notetutor/contracts';

const ERROR_CODES: ReadonlySet<string> = new Set<ErrorCode>([
  'bad_request',
  'invalid_request',
  'not_found',
  'method_not_allowed',
  'payload_too_large',
  'unsupported_media_type',
  'rate_limited',
  'overloaded',
  'timeout',
  'model_error',
  'internal',
]);

/** The contract's error code, or `internal` for anything else. */
export function toErrorCode(value: unknown): ErrorCode {
  return typeof value === 'string' && ERROR_CODES.has(value) ? (value as ErrorCode) : 'internal';
}
