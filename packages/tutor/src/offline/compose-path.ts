import { conceptLabel } from '../grounding/concept-label';
import type { GroundedRelation } from '../types';
import type { AnswerContext } from './answer-context';
import { citeRelation } from './relation-evidence';
import { relationSentence } from './relation-sentence';

/**
 * A chain of relations from A to B as a numbered list under a heading (`**从网桥到iptables**`), each step
 * phrased from its type and cited to a sentence of its evidence naming both ends; undefined when a step is
 * only `related-to` or the notes state it nowhere.
 */
export function composePath(
  context: AnswerContext,
  [a, b]: readonly [string, string],
  steps: readonly GroundedRelation[],
): string | undefined {
  const { kb, language } = context;
  const lines: string[] = [];
  for (const [i, step] of steps.entries()) {
    // "A is related to B" explains nothing; a chain with such a link is not worth showing.
    if (step.type === 'related-to') return undefined;
    const n = citeRelation(context, step);
    if (n === undefined) return undefined;
    lines.push(`${i + 1}. ${relationSentence(context, step.type, [step.source], [step.target], [n])}`);
  }
  const heading =
    language === 'zh'
      ? `**从${conceptLabel(kb, a, language)}到${conceptLabel(kb, b, language)}**`
      : `**From ${conceptLabel(kb, a, language)} to ${conceptLabel(kb, b, language)}**`;
  return `${heading}\n${lines.join('\n')}`;
}
