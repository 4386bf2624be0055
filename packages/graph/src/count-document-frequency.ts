import type { ConceptMention } from './types';

/**
 * In how many passages each concept occurs, a translation counting with its original (so rarity, used to pick
 * the concept that answers a how-question, does not depend on whether the notes were translated).
 *
 * @example
 * countDocumentFrequency(mentionsByPassage, kb.originalOf).get('bind-mount'); // 1
 */
export function countDocumentFrequency(
  found: ReadonlyMap<string, readonly ConceptMention[]>,
  originalOf: ReadonlyMap<string, string>,
): Map<string, number> {
  const seen = new Map<string, Set<string>>();
  for (const [passageId, mentions] of found) {
    const canonical = originalOf.get(passageId) ?? passageId;
    for (const m of mentions) {
      let set = seen.get(m.id);
      if (!set) {
        set = new Set();
        seen.set(m.id, set);
      }
      set.add(canonical);
    }
  }
  return new Map([...seen].map(([id, set]) => [id, set.size]));
}
