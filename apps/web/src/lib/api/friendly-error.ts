import type { Messages } from '../i18n/messages';

/** The sentence a learner sees for a failure code (never the raw server message, which may be technical). */
export function friendlyError(
  t: Messages,
  failure: { code: string; retryAfter?: number | undefined },
): string {
  switch (failure.code) {
    case 'unreachable':
      return t.errors.unreachable;
    case 'rate_limited':
      return t.errors.rate_limited(failure.retryAfter);
    case 'overloaded':
      return t.errors.overloaded;
    case 'timeout':
      return t.errors.timeout;
    case 'model_error':
      return t.errors.model_error;
    case 'payload_too_large':
      return t.errors.payload_too_large;
    case 'bad_request':
    case 'invalid_request':
      return t.errors.invalid_request;
    case 'not_found':
      return t.errors.not_found;
    case 'stream_cut':
      return t.errors.stream_cut;
    default:
      return t.errors.generic;
  }
}
