import type { Answer, Citation, ConceptRef, Turn } from '@notetutor/contracts';
import type OpenAI from 'openai';
import type { ChatModelConfig, Grounding } from '../types';
import { citationForPassage } from './citation-for-passage';
import { CitationMarkFilter } from './citation-mark-filter';
import { ModelFailure } from './model-failure';
import type { PassageStore } from './passage-store';
import { ReasoningFilter } from './reasoning-filter';
import { renumberCitationMarks } from './renumber-citation-marks';
import { selectPromptPassages } from './select-prompt-passages';
import { streamModelText } from './stream-model-text';
import { tutorPromptChain } from './tutor-prompt';

/** Longest answer kept, in characters; the request is closed when a model runs on past it. */
export const MAX_ANSWER_CHARS = 8000;
/** Most tokens asked of the model. */
export const MAX_ANSWER_TOKENS = 1024;

export interface GenerateLlmAnswerOptions {
  client: OpenAI;
  config: ChatModelConfig;
  store: PassageStore;
  /** Must be `covered`: an uncovered question is declined offline, without a model call. */
  grounding: Grounding;
  history?: readonly Turn[];
  /**
   * The concepts and follow-up questions the answer carries (the model does not make them). Default: the
   * grounding's concepts, and no follow-ups.
   */
  concepts?: ConceptRef[];
  followUps?: string[];
  signal?: AbortSignal;
  /**
   * The grounding's passages were only close (a borderline question): a reply that cites none of them is the
   * model saying the notes do not cover the question, and becomes an ungrounded answer instead of a failure.
   */
  mayDecline?: boolean;
}

/**
 * The steps of an LLM answer, in order: `candidates` once (before the model is called), `text` any number of
 * times, `answer` once.
 * - `candidates`: citations of the passages numbered in the prompt; `[n]` in `text` steps is `candidates[n-1]`.
 * - `text`: cleaned model text in prompt numbering (marks normalised to `[n]`, unknown ones dropped, any
 *   `<think>…</think>` reasoning and invisible characters removed). The first
 *   `text` step comes only once the model has cited a passage, so a reply that never cites anything yields no
 *   text at all and fails as `garbage`.
 * - `answer`: the checked answer, marks renumbered 1..k in order of first use and `citations` the k cited
 *   passages.
 */
export type LlmAnswerStep =
  | { type: 'candidates'; citations: Citation[] }
  | { type: 'text'; text: string }
  | { type: 'answer'; answer: Answer };

const HAS_WORDS = /[\p{L}\p{N}]/u;
const MARKS = /\[\d+\]/g;

/**
 * Answers a covered question with the model: numbers the grounding's best passages into the prompt, streams the
 * reply, checks its citations as they arrive, and returns the checked answer. Throws `ModelFailure` when the
 * model fails, stalls or replies with garbage (empty, invisible characters only, or citing nothing), and the
 * signal's reason when the caller aborts; the request is closed in every case.
 *
 * @example
 * for await (const step of generateLlmAnswer({ client, config, store: kb, grounding, concepts, followUps: [] })) {
 *   if (step.type === 'text') process.stdout.write(step.text);
 * }
 */
export async function* generateLlmAnswer(
  options: GenerateLlmAnswerOptions,
): AsyncGenerator<LlmAnswerStep, void, undefined> {
  const { grounding, store } = options;
  const passages = selectPromptPassages(store, grounding);
  const candidates = passages
    .map((p) => citationForPassage(store, p.id))
    .filter((c): c is Citation => c !== undefined);
  if (candidates.length === 0) {
    throw new ModelFailure('garbage', 'no passage of the notes to ground a model answer on');
  }
  yield { type: 'candidates', citations: candidates };

  const messages = await tutorPromptChain().invoke(
    {
      question: grounding.question,
      language: grounding.language,
      passages,
      grounding,
      ...(options.history ? { history: options.history } : {}),
    },
    options.signal ? { signal: options.signal } : {},
  );

  const reasoning = new ReasoningFilter();
  const filter = new CitationMarkFilter(candidates.length);
  let held = '';
  let released = '';
  const stream = streamModelText({
    client: options.client,
    model: options.config.model,
    messages,
    timeoutMs: options.config.timeoutMs,
    maxRetries: options.config.maxRetries,
    maxTokens: MAX_ANSWER_TOKENS,
    temperature: 0.2,
    ...(options.signal ? { signal: options.signal } : {}),
  });
  const release = function* (text: string): Generator<LlmAnswerStep> {
    if (released === '') {
      held += text;
      // Hold everything back until the model has cited a passage and said something besides marks.
      if (filter.used.length === 0 || !HAS_WORDS.test(held.replace(MARKS, ''))) return;
      text = held.trimStart();
      held = '';
    }
    if (text === '') return;
    released += text;
    yield { type: 'text', text };
  };

  for await (const piece of stream) {
    yield* release(filter.push(reasoning.push(piece)));
    if (released.length + held.length > MAX_ANSWER_CHARS) break;
  }
  yield* release(filter.push(reasoning.end()) + filter.end());

  if (released === '' && options.mayDecline && HAS_WORDS.test(held)) {
    yield {
      type: 'answer',
      answer: {
        answer: held.replace(MARKS, '').trim(),
        grounded: false,
        engine: 'llm',
        citations: [],
        concepts: [],
        followUps: [],
        language: grounding.language,
      },
    };
    return;
  }
  if (released === '') {
    throw HAS_WORDS.test(held)
      ? new ModelFailure('garbage', 'the model answer cited none of the passages')
      : new ModelFailure('garbage', 'the model answer was empty');
  }
  const used = filter.used;
  yield {
    type: 'answer',
    answer: {
      answer: renumberCitationMarks(released.trimEnd(), used),
      grounded: true,
      engine: 'llm',
      citations: used.map((n) => candidates[n - 1]).filter((c): c is Citation => c !== undefined),
      concepts: options.concepts ?? grounding.concepts.map(({ id, label }) => ({ id, label })),
      followUps: options.followUps ?? [],
      language: grounding.language,
      coverage: grounding.coverage === 'partial' || options.mayDecline ? 'partial' : 'full',
    },
  };
}
