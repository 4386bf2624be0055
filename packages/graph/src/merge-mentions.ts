import type { ConceptMention } from './types';

/**
 * Merges two mention lists of one text (each sorted and non-overlapping) the way one longest-match scan over
 * both alias sets would: leftmost first, the longer of two starting together, `primary` on a tie.
 *
 * @example
 * mergeMentions([{ id: 'docker', start: 0, end: 6, surface: 'docker' }],
 *   [{ id: 'docker-info', start: 0, end: 11, surface: 'docker info' }]); // [docker-info]
 */
export function mergeMentions(
  primary: readonly ConceptMention[],
  secondary: readonly ConceptMention[],
): ConceptMention[] {
  if (secondary.length === 0) return [...primary];
  if (primary.length === 0) return [...secondary];
  const all = [...primary.map((m) => [m, 0] as const), ...secondary.map((m) => [m, 1] as const)];
  all.sort(([a, pa], [b, pb]) => a.start - b.start || b.end - b.start - (a.end - a.start) || pa - pb);
  const merged: ConceptMention[] = [];
  let reached = -1;
  for (const [mention] of all) {
    if (mention.start < reached) continue;
    merged.push(mention);
    reached = mention.end;
  }
  return merged;
}
