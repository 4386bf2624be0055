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
  /**
   * Per attempt, in milliseconds: the longest wait for the response, for the first streamed token and between
   * two tokens (an idle limit, so a slow but steady model is not cut off). One attempt's whole stream is
   * further limited to `STREAM_LIMIT_FACTOR` (6) times this.
   */
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
  /**
   * When covered: `partial` when the notes speak to what the question is about but not to every aspect it
   * asks; `missing` then lists the question's words (as typed) no passage supports. When not covered because
   * the question is about a thing the notes never name, `missing` holds that name (`银行家算法`).
   */
  coverage?: 'full' | 'partial';
  missing?: string[];
  /**
   * When not covered for lack of support (not off-topic): the passages that came closest, best first. A model,
   * when one is configured, reads them and may answer or say the notes do not cover the question: a borderline
   * question is never declined on word overlap alone there.
   */
  borderline?: RankedPassage[];

  // Added by `groundQuestion` (all optional, so older producers and consumers keep working):

  /**
   * How the question is put: `comparison` ("difference between A and B"), `relation` ("how does A lead to
   * B"), or `plain`. Comparison and relation only when two concepts were linked.
   */
  shape?: 'comparison' | 'relation' | 'plain';
  /**
   * Concepts the question is not about but that graph expansion (personalised PageRank from `concepts`)
   * found close to them, best first; `matched` is `graph`. Good material for "how these relate" and for
   * follow-up questions.
   */
  related?: LinkedConcept[];
  /** True when the question was resolved against earlier turns (elliptical follow-up). */
  followUp?: boolean;
  /** Index terms of the question after spelling correction (see `tokenize`), for picking sentences. */
  terms?: string[];
  /**
   * Those of its Chinese bigrams that straddle two of its words (`straddlingBigrams`): they count half in
   * ranking, and so in picking sentences.
   */
  straddling?: string[];
  /**
   * Best share (0–1) of one question clause's IDF mass that a single top passage supports; the coverage
   * decision compares it with fixed thresholds (see the tutor's DESIGN.md).
   */
  support?: number;
  /**
   * When not covered: concepts of the notes the question came closest to (for the refusal text to point
   * at), else the notes' most central concepts. Labels in the question's language.
   */
  suggestions?: { id: string; label: string }[];
}

/*
 * Conventions of `Grounding` as produced by `groundQuestion`:
 * - `passages` are in the question's language when a translation exists (`originalId` then names the
 *   original), best first, at most eight, one per original passage. Empty when `covered` is false.
 * - `relations[].evidence` and `path.relations[].evidence` are passage ids in the question's language, like
 *   `passages`; relation `type`s are the graph's relation types (`provides`, `part-of`, …).
 * - `concepts` are the question's own concepts in order of mention, then those carried over from history
 *   (`matched: 'history'`); labels are in the question's language.
 */
