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

/** A passage chosen to ground an answer, best first. */
export interface RankedPassage {
  /** Passage id in the knowledge base (in the answer's language when a translation exists). */
  id: string;
  score: number;
  /** The original passage id when `id` is a translation. */
  originalId?: string;
}

/** A concept the question is about, and why we think so. */
export interface LinkedConcept {
  id: string;
  label: string;
  score: number;
  /** The text of the question (or an earlier turn) that matched, or `history` for a follow-up. */
  matched: string;
}

/** One relation between concepts the answer may explain, with the passages that support it. */
export interface GroundedRelation {
  source: string;
  target: string;
  type: string;
  evidence: string[];
}

/**
 * Everything both engines need to answer one question: what it is about, which passages support an answer,
 * how the concepts relate, and whether the notes cover it at all. Made by `groundQuestion` (pure, fast).
 */
export interface Grounding {
  question: string;
  language: 'zh' | 'en';
  concepts: LinkedConcept[];
  passages: RankedPassage[];
  relations: GroundedRelation[];
  /** For "difference between A and B" / "how does A lead to B": the concept path between them. */
  path?: { from: string; to: string; relations: GroundedRelation[] };
  /** False when nothing in the notes supports an answer. */
  covered: boolean;
  /** Why the question was judged not covered, for the refusal text. */
  uncoveredReason?: 'off-topic' | 'no-support' | 'empty';
}
