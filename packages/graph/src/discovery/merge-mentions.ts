import type { MentionList } from './mention-list';

/**
 * Merges two mention lists of one text (each in text order and non-overlapping) the way one longest-match scan
 * over both alias sets would: leftmost first, the longer of two starting together, `primary` on a tie.
 *
 * @example
 * mergeMentions({ ids: ['docker'], spans: [0, 6] }, { ids: ['docker-info'], spans: [0, 11] });
 * // { ids: ['docker-info'], spans: [0, 11] }
 */
export function mergeMentions(primary: MentionList, secondary: MentionList): MentionList {
  if (secondary.ids.length === 0) return primary;
  if (primary.ids.length === 0) return secondary;
  const merged: MentionList = { ids: [], spans: [] };
  let reached = -1;
  const take = (list: MentionList, i: number) => {
    const start = list.spans[2 * i] as number;
    if (start < reached) return;
    const end = list.spans[2 * i + 1] as number;
    merged.ids.push(list.ids[i] as string);
    merged.spans.push(start, end);
    reached = end;
  };
  let p = 0;
  let s = 0;
  while (p < primary.ids.length || s < secondary.ids.length) {
    if (s >= secondary.ids.length) take(primary, p++);
    else if (p >= primary.ids.length) take(secondary, s++);
    else {
      const ps = primary.spans[2 * p] as number;
      const ss = secondary.spans[2 * s] as number;
      const primaryFirst =
        ps !== ss ? ps < ss : (primary.spans[2 * p + 1] as number) >= (secondary.spans[2 * s + 1] as number);
      if (primaryFirst) take(primary, p++);
      else take(secondary, s++);
    }
  }
  return merged;
}
