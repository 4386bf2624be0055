import type { GroundedRelation, Grounding } from '../types';
import { escapePromptText } from './escape-prompt-text';

/** Most relations listed in the prompt. */
const MAX_LINKS = 12;

/**
 * Renders what the grounding knows about the question's concepts as a `<concepts>` block: the linked
 * concepts, then relations between them (the path first, for "difference between A and B" questions), each with
 * the prompt numbers of the passages that state it. Relations with no passage in the prompt are left out, since
 * the model could not cite them. Empty string when there is nothing to say.
 *
 * @example
 * formatConceptLinks(grounding, new Map([['docker-concepts.en#1.2', 1]]));
 * // → '<concepts>\nquestion is about: Container; Namespace\nContainer uses Namespace [1]\n</concepts>'
 */
export function formatConceptLinks(
  grounding: Pick<Grounding, 'concepts' | 'relations' | 'path' | 'related'>,
  numberOfPassage: ReadonlyMap<string, number>,
): string {
  const labelOf = new Map([...(grounding.related ?? []), ...grounding.concepts].map((c) => [c.id, c.label]));
  const label = (id: string) => escapePromptText(labelOf.get(id) ?? id);
  const lines: string[] = [];
  if (grounding.concepts.length > 0) {
    lines.push(`question is about: ${grounding.concepts.map((c) => escapePromptText(c.label)).join('; ')}`);
  }
  const seen = new Set<string>();
  const relations: GroundedRelation[] = [...(grounding.path?.relations ?? []), ...grounding.relations];
  for (const relation of relations) {
    if (seen.size >= MAX_LINKS) break;
    const key = `${relation.source}|${relation.type}|${relation.target}`;
    if (seen.has(key)) continue;
    const marks = [...new Set(relation.evidence.map((id) => numberOfPassage.get(id)))]
      .filter((n): n is number => n !== undefined)
      .sort((a, b) => a - b);
    if (marks.length === 0) continue;
    seen.add(key);
    const type = escapePromptText(relation.type.replace(/-/g, ' '));
    lines.push(
      `${label(relation.source)} ${type} ${label(relation.target)} ${marks.map((n) => `[${n}]`).join('')}`,
    );
  }
  return lines.length === 0 ? '' : ['<concepts>', ...lines, '</concepts>'].join('\n');
}
