/** Why a model answer could not be used. */
export type ModelFailureKind =
  /** No token within the timeout, a stall between chunks, or the stream ran past its total limit. */
  | 'timeout'
  /** HTTP 429 that retries did not get past. */
  | 'rate_limited'
  /** HTTP 5xx (or 408/409) that retries did not get past. */
  | 'unavailable'
  /** HTTP 401/403: the key was refused. */
  | 'unauthorized'
  /** Any other HTTP error status (404 for an unknown model, 400 …). */
  | 'rejected'
  /** The server could not be reached, or the connection broke. */
  | 'connection'
  /** The reply was not the chat completions stream format (malformed chunk, error object in the stream). */
  | 'malformed'
  /** The reply was readable but unusable: empty, only invisible characters, or citing no passage. */
  | 'garbage';

/**
 * A failed model call, classified for the user-facing notice. `status` is the HTTP status when there was one;
 * `cause` keeps the original error for logs. The message never contains the API key or the prompt.
 */
export class ModelFailure extends Error {
  override readonly name = 'ModelFailure';
  readonly kind: ModelFailureKind;
  readonly status: number | undefined;
  /** For `timeout`: the limit that was hit, in milliseconds. */
  readonly timeoutMs: number | undefined;

  constructor(
    kind: ModelFailureKind,
    message: string,
    details: { status?: number; timeoutMs?: number; cause?: unknown } = {},
  ) {
    super(`@notetutor/tutor/llm: ${message}`, details.cause === undefined ? {} : { cause: details.cause });
    this.kind = kind;
    this.status = details.status;
    this.timeoutMs = details.timeoutMs;
  }
}
