import type { Passage } from '@notetutor/notes';
import type { MentionList } from '../discovery/mention-list';
import type { PassageMention } from '../discovery/passage-mention';
import { type FoldedText, foldForMatch } from '../text/fold-for-match';
import type { ConceptMention } from '../types';
import { findListGroups } from './find-list-groups';
import { buildSentenceSkeleton, type SentenceSkeleton } from './sentence-skeleton';

/** A passage read for relation extraction: its mentions, glosses, sentence skeletons and enumerations. */
export interface PassageAnalysis {
  passage: Pick<Passage, 'id' | 'text' | 'lang' | 'kind' | 'sentences' | 'emphasis'>;
  mentions: PassageMention[];
  /** Parenthesised glosses right after a mention, as [start, end) offsets (parentheses included). */
  glosses: Array<[number, number]>;
  /** For each gloss: the index of the mention it explains. */
  glossOwners: number[];
  sentences: SentenceSkeleton[];
  /** Per sentence: its enumerations, as mention ordinals of that sentence. */
  groups: number[][][];
  /** The concept the passage is about when it opens with it (`bridge：…`), and whether it is a label. */
  topic: { id: string; labelled: boolean } | undefined;
}

const isGlossOpen = (c: number) => c === 0x28 || c === 0xff08; // ( （
const isGlossClose = (c: number) => c === 0x29 || c === 0xff09; // ) ）
const MAX_GLOSS = 60;

/**
 * Reads a passage for relation extraction, given its concept mentions (from `ConceptLookup.find`, or a compact
 * `MentionList`) and its folded text: merges side-by-side mentions of one concept, marks the mentions inside glosses (`UTS(主机名称)`)
 * and inside bold text, builds one skeleton per sentence and finds the enumerations (`UTS、Mount、IPS`) in each.
 *
 * @example
 * const analysis = analysePassage(passage, kb.lookup.find(passage.text, { lang: passage.lang }));
 * analysis.sentences[0].skeleton; // '\uE000与\uE001有什么区别?' for `容器与虚拟机有什么区别？`
 */
export function analysePassage(
  passage: PassageAnalysis['passage'],
  found: readonly ConceptMention[] | MentionList,
  folded: FoldedText = foldForMatch(passage.text),
): PassageAnalysis {
  const text = passage.text;
  const mentions: PassageMention[] = [];
  if ('spans' in found) {
    for (let i = 0; i < found.ids.length; i++) {
      addMention(
        mentions,
        text,
        found.ids[i] as string,
        found.spans[2 * i] as number,
        found.spans[2 * i + 1] as number,
      );
    }
  } else {
    for (const m of found) addMention(mentions, text, m.id, m.start, m.end);
  }
  for (const m of mentions) m.surface = text.slice(m.start, m.end);
  markEmphasis(text, passage.emphasis, mentions);
  const { glosses, glossOwners } = findGlosses(text, mentions);

  const spans = passage.sentences.length > 0 ? passage.sentences : [{ start: 0, end: text.length }];
  const sentences: SentenceSkeleton[] = [];
  const groups: number[][][] = [];
  for (const span of spans) {
    const sentence = buildSentenceSkeleton(folded, span.start, span.end, mentions, glosses, passage.lang);
    sentences.push(sentence);
    groups.push(findListGroups(sentence.skeleton, sentence.positions, passage.lang));
  }
  return { passage, mentions, glosses, glossOwners, sentences, groups, topic: findTopic(text, mentions) };
}

function addMention(mentions: PassageMention[], text: string, id: string, start: number, end: number): void {
  const last = mentions[mentions.length - 1];
  // `Docker daemon守护进程`: one mention of one concept, however many aliases stand side by side.
  if (last && last.id === id && isBlank(text, last.end, start)) {
    last.end = end;
    last.surface = '';
    return;
  }
  mentions.push({ id, start, end, surface: '', inGloss: false, emphasised: false });
}

function isBlank(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c > 0x20 && c !== 0x3000 && c !== 0xa0) return false;
  }
  return true;
}

function markEmphasis(text: string, emphasis: readonly string[], mentions: PassageMention[]): void {
  let from = 0;
  for (const term of emphasis) {
    if (term.trim() === '') continue;
    let at = text.indexOf(term, from);
    if (at < 0) at = text.indexOf(term);
    if (at < 0) continue;
    const end = at + term.length;
    for (const m of mentions) if (m.start < end && at < m.end) m.emphasised = true;
    from = end;
  }
}

function findGlosses(
  text: string,
  mentions: PassageMention[],
): { glosses: Array<[number, number]>; glossOwners: number[] } {
  const glosses: Array<[number, number]> = [];
  const glossOwners: number[] = [];
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i] as PassageMention;
    if (m.inGloss) continue;
    let open = m.end;
    if (text.charCodeAt(open) === 0x20) open++;
    if (!isGlossOpen(text.charCodeAt(open))) continue;
    let close = -1;
    for (let j = open + 1; j < text.length && j <= open + MAX_GLOSS; j++) {
      const c = text.charCodeAt(j);
      if (isGlossOpen(c) || c === 0x0a) break;
      if (isGlossClose(c)) {
        close = j;
        break;
      }
    }
    if (close < 0 || close === open + 1) continue;
    glosses.push([open, close + 1]);
    glossOwners.push(i);
    for (const inner of mentions) if (inner.start > open && inner.end <= close) inner.inGloss = true;
  }
  return { glosses, glossOwners };
}

function findTopic(text: string, mentions: readonly PassageMention[]): PassageAnalysis['topic'] {
  const first = mentions.find((m) => !m.inGloss);
  if (!first) return undefined;
  const lead = text.slice(0, first.start);
  if (lead.trim().length > 1) return undefined;
  const after = text.slice(first.end, first.end + 2);
  return { id: first.id, labelled: /^\s?[：:]/.test(after) };
}
