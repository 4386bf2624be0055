import type { Answer, Turn, TutorEvent } from '@notetutor/contracts';

export interface AskInput {
  question: string;
  history?: Turn[];
}

export interface AskOptions {
  /** Aborting it stops the work and aborts any model request in flight. */
  signal?: AbortSignal;
}

/** How to reach an OpenAI-compatible chat model. */
export interface ChatModelConfig {
  apiKey?: string;
  baseURL?: string;
  model: string;
  /** Per attempt, in milliseconds, including the time to the last streamed token. */
  timeoutMs: number;
  maxRetries: number;
}

/** Answers questions from the notes. */
export interface Tutor {
  readonly engine: 'offline' | 'llm';
  ask(input: AskInput, options?: AskOptions): Promise<Answer>;
  stream(input: AskInput, options?: AskOptions): AsyncIterable<TutorEvent>;
}
