import type { Answer, TutorEvent } from '@notetutor/contracts';
import type { KnowledgeBase } from '@notetutor/graph';
import type OpenAI from 'openai';
import { groundQuestion } from './grounding/ground-question';
import { createChatClient } from './llm/create-chat-client';
import { fallbackNotice, modelErrorMessage } from './llm/describe-model-failure';
import { generateLlmAnswer } from './llm/generate-llm-answer';
import { ModelFailure } from './llm/model-failure';
import { composeOfflineAnswer } from './offline/compose-offline-answer';
import { offlineAnswerEvents } from './offline/offline-answer-events';
import { withoutHiddenCharacters } from './offline/without-hidden-characters';
import type { AskInput, AskOptions, ChatModelConfig, Grounding, Tutor } from './types';

/** How to build a tutor. */
export interface CreateTutorOptions {
  /**
   * The knowledge base to answer from, read once per question, so a caller that rebuilds it (notes edited,
   * reloaded) just returns the new one.
   */
  knowledgeBase: () => KnowledgeBase;
  /** The chat model to answer with; `null`/absent answers offline. See `modelConfigFromEnv`. */
  model?: ChatModelConfig | null;
  /**
   * Told of every model failure the answer recovered from (the offline fallback) or ended on (an `error`
   * event after text was streamed), with its cause and never the question or answer text: for the caller's log.
   */
  onModelFailure?: (failure: ModelFailureReport) => void;
}

/** Why a model call failed, as `onModelFailure` reports it. */
export interface ModelFailureReport {
  kind: ModelFailure['kind'];
  status?: number;
  timeoutMs?: number;
  /** `offline`: the offline engine answered instead; `error`: the stream ended with an error event. */
  outcome: 'offline' | 'error';
}

function isAbort(error: unknown, signal: AbortSignal | undefined): boolean {
  return signal?.aborted === true || (error instanceof Error && error.name === 'AbortError');
}

function asModelFailure(error: unknown): ModelFailure {
  return error instanceof ModelFailure
    ? error
    : new ModelFailure('connection', 'the model call failed unexpectedly', { cause: error });
}

/** The offline answer's events with the fallback notice placed where the event order puts it: before `done`. */
function* withNotice(answer: Answer, notice: string): Generator<TutorEvent> {
  let noticed = false;
  for (const event of offlineAnswerEvents({ ...answer, notice })) {
    if (event.type === 'notice') noticed = true;
    if (event.type === 'done' && !noticed) yield { type: 'notice', message: notice };
    yield event;
  }
}

/**
 * Creates the tutor the API, the CLI and the evaluation use. It grounds each question in the notes
 * (`groundQuestion`), then answers offline (`composeOfflineAnswer`) or, when `model` is given, with the chat
 * model (`generateLlmAnswer`), falling back to the offline answer whenever the model fails before it has
 * produced a usable answer. Questions the notes do not cover are always declined offline, without a model call.
 *
 * ## `ask()`
 * Resolves with a complete `Answer`. With a model: `engine: 'llm'` when the model answered; otherwise the offline
 * answer with `engine: 'offline'` and a `notice` saying why (timeout, HTTP status, unreadable or uncited reply),
 * including when the model broke off part-way. Rejects only when the signal aborts (with its reason, an
 * `AbortError`), or on a bug.
 *
 * ## `stream()`
 * Yields, in order: `meta` → `concepts` → `citations` → `delta`* → `notice`? → `done` | `error`.
 * - `meta.engine` is the engine that produced the text that follows, and always equals `done.answer.engine`.
 * - `concepts` (and `done.answer.followUps`) are picked from the graph the same way for both engines.
 * - Offline (no model, an uncovered question, or a fallback): the offline answer's events. `citations` is the
 *   final list and `[n]` in the deltas is `citations[n-1]`; the concatenated deltas are `done.answer.answer`.
 *   A fallback adds a `notice` event (also in `done.answer.notice`) just before `done`.
 * - LLM: nothing is yielded until the model has produced text that cites a passage (so a model that fails,
 *   stalls or replies with garbage before that point falls back to offline with a clean, offline-only stream).
 *   Then `meta` (engine `llm`), `concepts`, and `citations` = the candidate passages numbered as in the
 *   prompt; each `delta`'s `[n]` refers to that candidate list (marks normalised to `[n]`, unknown numbers
 *   already removed). `done.answer` is the checked answer: its marks are renumbered 1..k in order of first use and
 *   `done.answer.citations` holds just those k passages, so a client should replace the streamed text and
 *   citations with `done.answer` when it arrives.
 * - If the model fails after deltas were yielded, the stream ends with
 *   `{ type: 'error', error: { code: 'model_error', message } }` (a readable message in the question's language)
 *   instead of `done`; the text streamed so far is incomplete.
 * - Aborting the signal (or stopping iteration) aborts the model request; the iterator then throws the
 *   signal's reason (an `AbortError`). Errors that are not the model's (a bug, a knowledge base that cannot be
 *   loaded) are thrown, not yielded.
 *
 * @example
 * const tutor = createTutor({ knowledgeBase: () => kb, model: modelConfigFromEnv(process.env) });
 * for await (const event of tutor.stream({ question: 'What does host mode share?' })) {
 *   if (event.type === 'delta') process.stdout.write(event.text);
 * }
 */
export function createTutor(options: CreateTutorOptions): Tutor {
  const config = options.model ?? null;
  const report = (failure: ModelFailure, outcome: ModelFailureReport['outcome']) => {
    options.onModelFailure?.({
      kind: failure.kind,
      ...(failure.status === undefined ? {} : { status: failure.status }),
      ...(failure.timeoutMs === undefined ? {} : { timeoutMs: failure.timeoutMs }),
      outcome,
    });
  };
  let client: OpenAI | undefined;
  const chatClient = (model: ChatModelConfig) => {
    client ??= createChatClient(model);
    return client;
  };

  const prepare = (input: AskInput, signal: AbortSignal | undefined) => {
    signal?.throwIfAborted();
    const kb = options.knowledgeBase();
    const grounded = groundQuestion(kb, input);
    // With a model, a question declined only for thin word overlap goes to the model with the closest passages.
    const borderline = config !== null && !grounded.covered && (grounded.borderline?.length ?? 0) > 0;
    // A partial verdict is borderline too: the model reads the passages and may still say the notes don't cover it.
    const mayDecline = borderline || (config !== null && grounded.covered && grounded.coverage === 'partial');
    const grounding: Grounding = borderline
      ? { ...grounded, covered: true, coverage: 'partial', passages: grounded.borderline ?? [] }
      : grounded;
    let offline: Answer | undefined;
    const offlineAnswer = () => {
      offline ??= withoutHiddenCharacters(composeOfflineAnswer(kb, grounded));
      return offline;
    };
    return {
      kb,
      grounding,
      offline: offlineAnswer,
      /** The model's answer with the concepts and follow-ups the offline engine picks from the graph. */
      withOfflineExtras: (answer: Answer): Answer =>
        answer.grounded
          ? { ...answer, concepts: offlineAnswer().concepts, followUps: offlineAnswer().followUps }
          : { ...answer, followUps: offlineAnswer().followUps },
      modelSteps: (model: ChatModelConfig) =>
        generateLlmAnswer({
          client: chatClient(model),
          config: model,
          store: kb,
          grounding,
          ...(input.history ? { history: input.history } : {}),
          ...(signal ? { signal } : {}),
          ...(mayDecline ? { mayDecline: true } : {}),
        }),
    };
  };

  return {
    engine: config ? 'llm' : 'offline',

    async ask(input: AskInput, askOptions: AskOptions = {}): Promise<Answer> {
      const { signal } = askOptions;
      const run = prepare(input, signal);
      if (!config || !run.grounding.covered) return run.offline();
      try {
        for await (const step of run.modelSteps(config)) {
          if (step.type === 'answer') return run.withOfflineExtras(step.answer);
        }
        throw new ModelFailure('garbage', 'the model produced no answer');
      } catch (error) {
        if (isAbort(error, signal)) throw error;
        const failure = asModelFailure(error);
        report(failure, 'offline');
        return { ...run.offline(), notice: fallbackNotice(failure, run.grounding.language) };
      }
    },

    async *stream(input: AskInput, askOptions: AskOptions = {}): AsyncGenerator<TutorEvent> {
      const { signal } = askOptions;
      const run = prepare(input, signal);
      if (!config || !run.grounding.covered) {
        yield* offlineAnswerEvents(run.offline());
        return;
      }
      const language = run.grounding.language;
      let started = false;
      try {
        let candidates: TutorEvent & { type: 'citations' } = { type: 'citations', citations: [] };
        for await (const step of run.modelSteps(config)) {
          if (step.type === 'candidates') {
            candidates = { type: 'citations', citations: step.citations };
          } else if (step.type === 'text') {
            if (!started) {
              started = true;
              yield { type: 'meta', engine: 'llm', language };
              yield { type: 'concepts', concepts: run.offline().concepts };
              yield candidates;
            }
            yield { type: 'delta', text: step.text };
          } else {
            const answer = run.withOfflineExtras(step.answer);
            if (!started) {
              // The model read the closest passages and said the notes do not cover the question.
              yield { type: 'meta', engine: 'llm', language };
              yield { type: 'concepts', concepts: answer.concepts };
              yield { type: 'citations', citations: [] };
              yield { type: 'delta', text: answer.answer };
            }
            yield { type: 'done', answer };
            return;
          }
        }
        throw new ModelFailure('garbage', 'the model produced no answer');
      } catch (error) {
        if (isAbort(error, signal)) throw error;
        const failure = asModelFailure(error);
        report(failure, started ? 'error' : 'offline');
        if (!started) {
          yield* withNotice(run.offline(), fallbackNotice(failure, language));
        } else {
          yield {
            type: 'error',
            error: { code: 'model_error', message: modelErrorMessage(failure, language) },
          };
        }
      }
    },
  };
}
