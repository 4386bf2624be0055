import type { Answer } from '@notetutor/contracts';
import type { CorpusQuestion, EvalItem } from './eval-set';

/** How one answer fared against its item. */
export interface ItemOutcome {
  item: EvalItem;
  answer: Answer;
  /** Original passage ids of the answer's citations, in citation order. */
  cited: string[];
  /** Answerable items: an expected passage among the first three citations. `null` for refusal items. */
  hit: boolean | null;
  /** The answer/decline decision was the expected one. */
  decisionCorrect: boolean;
  /** Citations whose original is expected or in the same section as an expected passage. */
  onTarget: number;
  /** Citations whose original is expected. */
  onTargetStrict: number;
  /** The answer is in the item's language. */
  languageCorrect: boolean;
}

/** The figures of one engine over a set of outcomes. */
export interface EvalSummary {
  items: number;
  answerable: number;
  /** Share of answerable items with a hit in the first three citations (a refusal is a miss). */
  hitAt3: number | null;
  /** Share of all items where answering or declining was the expected decision. */
  refusalAccuracy: number | null;
  /** Share of the items expecting a refusal that were declined. */
  declinedWhenExpected: number | null;
  /** Answerable items that were declined. */
  falseRefusals: number;
  /** On-target citations (expected passage or its section) over all citations of answered, answerable items. */
  precision: number | null;
  /** Expected-passage citations over all citations of answered, answerable items. */
  strictPrecision: number | null;
  /** Share of items answered in their own language. */
  languageAccuracy: number | null;
}

/** The section id of a passage id: `docker-concepts.zh#2.2` → `docker-concepts.zh#2`. */
export function sectionOf(passageId: string): string {
  const dot = passageId.lastIndexOf('.');
  const hash = passageId.indexOf('#');
  return dot > hash && hash >= 0 ? passageId.slice(0, dot) : passageId;
}

/**
 * Scores one answer. A citation stands for its original passage (`citation.original.id`, else its id), so an
 * English answer citing `docker-concepts.en#2.2` hits an item expecting `docker-concepts.zh#2.2`.
 *
 * @example
 * scoreItem(item, answer).hit; // true when an expected passage is among the first three citations
 */
export function scoreItem(item: EvalItem, answer: Answer): ItemOutcome {
  const cited = answer.citations.map((c) => c.original?.id ?? c.id);
  const expected = new Set(item.cite ?? []);
  const sections = new Set([...expected].map(sectionOf));
  const answered = answer.grounded;
  return {
    item,
    answer,
    cited,
    hit: item.expect === 'answer' ? answered && cited.slice(0, 3).some((id) => expected.has(id)) : null,
    decisionCorrect: item.expect === 'answer' ? answered : !answered && answer.citations.length === 0,
    onTarget: cited.filter((id) => expected.has(id) || sections.has(sectionOf(id))).length,
    onTargetStrict: cited.filter((id) => expected.has(id)).length,
    languageCorrect: (answer.language ?? (/\p{Script=Han}/u.test(answer.answer) ? 'zh' : 'en')) === item.lang,
  };
}

/**
 * Sums outcomes up into the evaluation's figures (see the tutor README for their definitions).
 *
 * @example
 * summarizeOutcomes(outcomes).hitAt3; // 0.95
 */
export function summarizeOutcomes(outcomes: readonly ItemOutcome[]): EvalSummary {
  const answerable = outcomes.filter((o) => o.item.expect === 'answer');
  const refusals = outcomes.filter((o) => o.item.expect === 'refuse');
  const answered = answerable.filter((o) => o.answer.grounded);
  const citations = answered.reduce((sum, o) => sum + o.cited.length, 0);
  const share = (part: number, whole: number) => (whole === 0 ? null : part / whole);
  return {
    items: outcomes.length,
    answerable: answerable.length,
    hitAt3: share(answerable.filter((o) => o.hit).length, answerable.length),
    refusalAccuracy: share(outcomes.filter((o) => o.decisionCorrect).length, outcomes.length),
    declinedWhenExpected: share(refusals.filter((o) => o.decisionCorrect).length, refusals.length),
    falseRefusals: answerable.length - answered.length,
    precision: share(
      answered.reduce((sum, o) => sum + o.onTarget, 0),
      citations,
    ),
    strictPrecision: share(
      answered.reduce((sum, o) => sum + o.onTargetStrict, 0),
      citations,
    ),
    languageAccuracy: share(outcomes.filter((o) => o.languageCorrect).length, outcomes.length),
  };
}

/**
 * How one answer fared in a corpus's table, whatever the format of its question set. `hit` and `falselyDeclined`
 * are `null` for questions to decline; `declined` is `null` for answerable ones.
 */
export interface CorpusOutcome {
  id: string;
  question: string;
  expect: 'answer' | 'refuse';
  hit: boolean | null;
  /** A question to decline was declined: not grounded and nothing cited. */
  declined: boolean | null;
  /** An answerable question got "not in your notes". */
  falselyDeclined: boolean | null;
  /** The answer says the notes cover the question only in part (`coverage: "partial"`). */
  partial: boolean;
  /** Why the item missed (empty when it passed). */
  miss: string;
  answer: Answer;
}

/** The figures of one engine on one corpus. */
export interface CorpusTally {
  items: number;
  answerable: number;
  hits: number;
  refuseItems: number;
  declined: number;
  falseDeclines: number;
  partial: number;
}

function isPartial(answer: Answer): boolean {
  return answer.coverage === 'partial';
}

// The normalisation of shared/tools/score.mjs: lower case, no whitespace, missing text as ''.
const norm = (text: string | undefined) =>
  String(text ?? '')
    .toLowerCase()
    .replace(/\s+/g, '');

/**
 * Scores one answer to a corpus question by the rules of `shared/tools/score.mjs`, exactly. An answerable question
 * is a hit when the answer is not marked ungrounded, one of its first three citations (its quote, or the original
 * it was translated from) contains a `cite` phrase, and the answer text or those citations contain a `terms` entry
 * (all compared lower case without whitespace). A question to decline passes when the answer is not grounded and
 * cites nothing.
 *
 * @example
 * scoreCorpusQuestion(question, answer).hit; // true when a cite phrase is quoted and a term named
 */
export function scoreCorpusQuestion(question: CorpusQuestion, answer: Answer): CorpusOutcome {
  const base = {
    id: question.id,
    question: question.q,
    expect: question.kind,
    partial: isPartial(answer),
    answer,
  };
  if (question.kind === 'refuse') {
    const declined = answer.grounded === false && answer.citations.length === 0;
    const miss = declined ? '' : `answered instead of declining (${answer.citations.length} citations)`;
    return { ...base, hit: null, declined, falselyDeclined: null, miss };
  }
  // \u0001 keeps a phrase from matching across the end of a quote and the start of its original.
  const top = answer.citations.slice(0, 3).map((c) => `${norm(c.quote)}\u0001${norm(c.original?.quote)}`);
  const cited = top.some((text) => (question.cite ?? []).some((phrase) => text.includes(norm(phrase))));
  const haystack = norm(answer.answer) + top.join(' ');
  const termed = (question.terms ?? []).some((term) => haystack.includes(norm(term)));
  const hit = answer.grounded !== false && cited && termed;
  const falselyDeclined = answer.grounded === false;
  let miss = '';
  if (falselyDeclined) miss = 'declined an answerable question';
  else if (!hit)
    miss = cited
      ? 'names none of the expected terms'
      : 'none of the first three citations quotes a cite phrase';
  return { ...base, hit, declined: null, falselyDeclined, miss };
}

/** The seed set's outcome (passage-id scoring, see {@link scoreItem}) in the corpus table's terms. */
export function toCorpusOutcome(outcome: ItemOutcome): CorpusOutcome {
  const { item, answer } = outcome;
  const answerable = item.expect === 'answer';
  let miss = '';
  if (answerable && !answer.grounded) miss = 'declined an answerable question';
  else if (answerable && !outcome.hit) miss = 'no expected passage among the first three citations';
  else if (!answerable && !outcome.decisionCorrect) miss = 'answered instead of declining';
  return {
    id: item.id,
    question: item.question,
    expect: item.expect,
    hit: answerable ? outcome.hit : null,
    declined: answerable ? null : outcome.decisionCorrect,
    falselyDeclined: answerable ? !answer.grounded : null,
    partial: isPartial(answer),
    miss,
    answer,
  };
}

/**
 * Counts a corpus's outcomes into its row of the table.
 *
 * @example
 * tallyCorpus(outcomes); // { items: 10, answerable: 8, hits: 7, refuseItems: 2, declined: 2, falseDeclines: 1, partial: 0 }
 */
export function tallyCorpus(outcomes: readonly CorpusOutcome[]): CorpusTally {
  const answerable = outcomes.filter((o) => o.expect === 'answer');
  const refuse = outcomes.filter((o) => o.expect === 'refuse');
  return {
    items: outcomes.length,
    answerable: answerable.length,
    hits: answerable.filter((o) => o.hit).length,
    refuseItems: refuse.length,
    declined: refuse.filter((o) => o.declined).length,
    falseDeclines: answerable.filter((o) => o.falselyDeclined).length,
    partial: outcomes.filter((o) => o.partial).length,
  };
}
