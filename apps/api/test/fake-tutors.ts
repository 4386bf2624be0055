import type { Answer, TutorEvent } from '@notetutor/contracts';
import type { AskInput, AskOptions, Tutor } from '@notetutor/tutor';

/** Resolves when `signal` aborts (rejecting like an aborted fetch), never otherwise. */
function untilAborted(signal: AbortSignal | undefined): Promise<never> {
  return new Promise((_, reject) => {
    signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError')), {
      once: true,
    });
  });
}

/**
 * A tutor that never answers: `ask` waits for its signal, `stream` sends `meta` then waits. Records the
 * signals it was given, so tests can see them aborted. With `ignoreSignal`, it does not even stop then.
 */
export function hangingTutor(options: { ignoreSignal?: boolean } = {}) {
  const signals: AbortSignal[] = [];
  const tutor: Tutor = {
    engine: 'llm',
    ask(_input: AskInput, askOptions?: AskOptions): Promise<Answer> {
      if (askOptions?.signal) signals.push(askOptions.signal);
      return options.ignoreSignal ? new Promise(() => {}) : untilAborted(askOptions?.signal);
    },
    async *stream(_input: AskInput, askOptions?: AskOptions): AsyncIterable<TutorEvent> {
      if (askOptions?.signal) signals.push(askOptions.signal);
      yield { type: 'meta', engine: 'llm', language: 'en' };
      await (options.ignoreSignal ? new Promise(() => {}) : untilAborted(askOptions?.signal));
    },
  };
  return { tutor, signals };
}

/** A tutor with a bug: `ask` throws, `stream` throws after its first event. */
export function throwingTutor(): Tutor {
  return {
    engine: 'offline',
    async ask(): Promise<Answer> {
      throw new TypeError("Cannot read properties of undefined (reading 'passages')");
    },
    async *stream(): AsyncIterable<TutorEvent> {
      yield { type: 'meta', engine: 'offline', language: 'en' };
      throw new TypeError("Cannot read properties of undefined (reading 'passages')");
    },
  };
}
