import { ERROR_CODES, type ErrorCode } from '@notetutor/contracts/error-codes';

const KNOWN_CODES: ReadonlySet<string> = new Set<string>(ERROR_CODES);

/** The contract's error code, or `internal` for anything else. */
export function toErrorCode(value: unknown): ErrorCode {
  return typeof value === 'string' && KNOWN_CODES.has(value) ? (value as ErrorCode) : 'internal';
}
