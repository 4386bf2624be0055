import type { Answer } from '@notetutor/contracts';
import type { EvalItem } from './eval-set';

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
