import type { ConceptMention } from '../types';

/**
 * The concept mentions of one text, kept compact while the whole corpus is held in memory: concept ids (shared
 * strings) and a flat array of [start, end) offsets, in text order, not overlapping. Objects with a surface
 * text are made only when a passage is read for relations.
 *
 * @example
 * const list: MentionList = { ids: ['docker-hub'], spans: [2, 12] };
 * mentionListToMentions(list, '从dokcer hub中获取'); // [{ id: 'docker-hub', start: 2, end: 12, surface: 'dokcer hub' }]
 */
export interface MentionList {
  ids: string[];
  /** `spans[2i]`, `spans[2i + 1]`: start and end of mention i. */
  spans: number[];
}

/** An empty mention list (do not add to it). */
export const NO_MENTIONS: MentionList = Object.freeze({
  ids: Object.freeze([]) as unknown as string[],
  spans: Object.freeze([]) as unknown as number[],
});

/**
 * The mentions of a list as `ConceptMention` objects, with their surface text.
 *
 * @example
 * mentionListToMentions({ ids: ['docker0'], spans: [0, 7] }, 'docker0网桥'); // [{ id: 'docker0', start: 0, end: 7, surface: 'docker0' }]
 */
export function mentionListToMentions(list: MentionList, text: string): ConceptMention[] {
  const mentions: ConceptMention[] = [];
  for (let i = 0; i < list.ids.length; i++) {
    const start = list.spans[2 * i] as number;
    const end = list.spans[2 * i + 1] as number;
    mentions.push({ id: list.ids[i] as string, start, end, surface: text.slice(start, end) });
  }
  return mentions;
}
