import type OpenAI from 'openai';
import { APIConnectionError, APIError, APIUserAbortError } from 'openai';
import { ModelFailure } from './model-failure';
import type { PromptMessage } from './tutor-prompt';

/** What one streamed model call needs. */
export interface StreamModelTextOptions {
  client: OpenAI;
  model: string;
  messages: readonly PromptMessage[];
  /**
   * Idle limit per attempt, in milliseconds: the longest wait for the response, for the first chunk, and between
   * two chunks. The whole stream of one attempt is also limited to `STREAM_LIMIT_FACTOR` times this.
   */
  timeoutMs: number;
  /** Retries after a 408/409/429/5xx status or a connection error, only before any text has arrived. */
  maxRetries: number;
  /** Aborting it aborts the request in flight (the connection is closed) and ends the generator with its reason. */
  signal?: AbortSignal;
  maxTokens?: number;
  temperature?: number;
}

/** One attempt's whole stream may last this many times `timeoutMs`. */
export const STREAM_LIMIT_FACTOR = 6;
/** A server asking to wait longer than this before a retry is not retried: the offline answer is better. */
export const MAX_RETRY_DELAY_MS = 4000;
const BASE_RETRY_DELAY_MS = 250;

function abortReason(signal: AbortSignal): unknown {
  return signal.reason ?? new DOMException('This operation was aborted', 'AbortError');
}

/** Delay asked for by `retry-after-ms` / `retry-after` (seconds or an HTTP date), else exponential backoff. */
function retryDelayMs(headers: Headers | undefined, attempt: number): number {
  const millis = Number.parseFloat(headers?.get('retry-after-ms') ?? '');
  if (Number.isFinite(millis) && millis >= 0) return millis;
  const after = headers?.get('retry-after');
  if (after) {
    const seconds = Number.parseFloat(after);
    if (Number.isFinite(seconds) && seconds >= 0) return seconds * 1000;
    const date = Date.parse(after);
    if (Number.isFinite(date)) return Math.max(0, date - Date.now());
  }
  return BASE_RETRY_DELAY_MS * 2 ** attempt;
}

function sleep(ms: number, signal: AbortSignal | undefined): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(abortReason(signal));
    const onAbort = () => {
      clearTimeout(timer);
      reject(abortReason(signal as AbortSignal));
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

/** Classifies an error thrown by the SDK (or by parsing its stream) and says whether a retry may help. */
function classify(error: unknown): { failure: ModelFailure; retryable: boolean; headers?: Headers } {
  if (error instanceof APIConnectionError) {
    return {
      failure: new ModelFailure('connection', 'could not reach the model server', { cause: error }),
      retryable: true,
    };
  }
  if (error instanceof APIError && error.status !== undefined) {
    const status = error.status;
    const details = { status, cause: error };
    const headers = error.headers;
    if (status === 429) {
      return {
        failure: new ModelFailure('rate_limited', 'rate limited (HTTP 429)', details),
        retryable: true,
        headers,
      };
    }
    if (status >= 500 || status === 408 || status === 409) {
      return {
        failure: new ModelFailure('unavailable', `server error (HTTP ${status})`, details),
        retryable: true,
        headers,
      };
    }
    if (status === 401 || status === 403) {
      return {
        failure: new ModelFailure('unauthorized', `credentials refused (HTTP ${status})`, details),
        retryable: false,
      };
    }
    return {
      failure: new ModelFailure('rejected', `request refused (HTTP ${status})`, details),
      retryable: false,
    };
  }
  if (error instanceof APIError) {
    // An `error` object inside the event stream: the server gave up mid-reply.
    return {
      failure: new ModelFailure('malformed', 'the model server sent an error in its stream', {
        cause: error,
      }),
      retryable: false,
    };
  }
  if (error instanceof SyntaxError) {
    return {
      failure: new ModelFailure('malformed', 'the model server sent a chunk that is not JSON', {
        cause: error,
      }),
      retryable: false,
    };
  }
  if (error instanceof ModelFailure) return { failure: error, retryable: false };
  return {
    failure: new ModelFailure('connection', 'the model call failed', { cause: error }),
    retryable: false,
  };
}

/** The text of one chunk; throws `malformed` when the chunk is not shaped like a chat completion chunk. */
function contentOf(chunk: unknown): string {
  if (typeof chunk !== 'object' || chunk === null || Array.isArray(chunk)) {
    throw new ModelFailure('malformed', 'the model server sent a chunk that is not an object');
  }
  const choices = (chunk as { choices?: unknown }).choices;
  if (choices === undefined) return '';
  if (!Array.isArray(choices)) throw new ModelFailure('malformed', 'a chunk has no choices list');
  let text = '';
  for (const choice of choices) {
    const content = (choice as { delta?: { content?: unknown } } | null)?.delta?.content;
    if (content === undefined || content === null) continue;
    if (typeof content !== 'string') throw new ModelFailure('malformed', 'a chunk has non-text content');
    // Only the first choice is the answer; servers that ignore `n: 1` send more.
    if ((choice as { index?: unknown }).index === undefined || (choice as { index?: unknown }).index === 0) {
      text += content;
    }
  }
  return text;
}

/**
 * Streams the text of one chat completion through the `openai` SDK, with the resilience the tutor needs:
 * an idle timer that aborts the request when the response, the first chunk or the next chunk is late; a limit on
 * the whole stream; its own retries (the SDK's are off) after 408/409/429/5xx or a connection error, only while
 * no text has arrived, waiting as `retry-after-ms`/`retry-after` ask (at most `MAX_RETRY_DELAY_MS`) or backing
 * off exponentially; and caller cancellation, which closes the connection. Failures are thrown as
 * `ModelFailure`; cancellation throws the signal's reason.
 *
 * @example
 * for await (const text of streamModelText({ client, model: 'gpt-4o-mini', messages, timeoutMs: 20_000, maxRetries: 2 })) {
 *   process.stdout.write(text);
 * }
 */
export async function* streamModelText(
  options: StreamModelTextOptions,
): AsyncGenerator<string, void, undefined> {
  const { client, signal } = options;
  for (let attempt = 0; ; attempt += 1) {
    if (signal?.aborted) throw abortReason(signal);
    const controller = new AbortController();
    const onCallerAbort = () => controller.abort(signal?.reason);
    signal?.addEventListener('abort', onCallerAbort, { once: true });
    let timedOut: number | undefined;
    let idleTimer: ReturnType<typeof setTimeout> | undefined;
    const expire = (limit: number) => {
      timedOut = limit;
      controller.abort();
    };
    const armIdle = () => {
      clearTimeout(idleTimer);
      idleTimer = setTimeout(expire, options.timeoutMs, options.timeoutMs);
    };
    const streamLimit = options.timeoutMs * STREAM_LIMIT_FACTOR;
    const totalTimer = setTimeout(expire, streamLimit, streamLimit);
    let receivedText = false;
    try {
      armIdle();
      const stream = await client.chat.completions.create(
        {
          model: options.model,
          messages: options.messages.map((m) => ({ role: m.role, content: m.content })),
          stream: true,
          ...(options.temperature === undefined ? {} : { temperature: options.temperature }),
          ...(options.maxTokens === undefined ? {} : { max_tokens: options.maxTokens }),
        },
        { signal: controller.signal, maxRetries: 0, timeout: streamLimit },
      );
      armIdle();
      for await (const chunk of stream) {
        const text = contentOf(chunk);
        if (text !== '') {
          receivedText = true;
          // The consumer's own pace must not count as a model stall.
          clearTimeout(idleTimer);
          yield text;
        }
        armIdle();
      }
      // The SDK ends the stream quietly when it is aborted: find out why it ended.
      if (signal?.aborted) throw abortReason(signal);
      if (timedOut !== undefined) {
        throw new ModelFailure('timeout', `no answer within ${timedOut} ms`, { timeoutMs: timedOut });
      }
      return;
    } catch (error) {
      if (signal?.aborted) throw abortReason(signal);
      if (timedOut !== undefined) {
        throw new ModelFailure('timeout', `no answer within ${timedOut} ms`, {
          timeoutMs: timedOut,
          cause: error,
        });
      }
      if (error instanceof APIUserAbortError) throw error;
      const { failure, retryable, headers } = classify(error);
      if (!retryable || receivedText || attempt >= options.maxRetries) throw failure;
      const delay = retryDelayMs(headers, attempt);
      if (delay > MAX_RETRY_DELAY_MS) throw failure;
      clearTimeout(idleTimer);
      clearTimeout(totalTimer);
      await sleep(delay, signal);
    } finally {
      clearTimeout(idleTimer);
      clearTimeout(totalTimer);
      signal?.removeEventListener('abort', onCallerAbort);
      // Closes the connection if the consumer stopped early or anything above threw.
      controller.abort();
    }
  }
}
