import type { MentionList } from './mention-list';

/**
 * In how many passages each concept occurs, a translation counting with its original (so rarity, used to pick
 * the concept that answers a how-question, does not depend on whether the notes were translated). Passages are
 * given by index: `found[i]` the mentions of passage i, `canonical[i]` the index of its original (i itself for
 * an original).
 *
 * @example
 * countDocumentFrequency([{ ids: ['bind-mount'], spans: [0, 4] }], Int32Array.of(0)).get('bind-mount'); // 1
 */
export function countDocumentFrequency(
  found: readonly MentionList[],
  canonical: Int32Array,
): Map<string, number> {
  const seen = new Map<string, Set<number>>();
  found.forEach((mentions, i) => {
    const original = canonical[i] ?? i;
    for (const id of mentions.ids) {
      let set = seen.get(id);
      if (!set) {
        set = new Set();
        seen.set(id, set);
      }
      set.add(original);
    }
  });
  return new Map([...seen].map(([id, set]) => [id, set.size]));
}
