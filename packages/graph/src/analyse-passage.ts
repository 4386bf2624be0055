import type { Passage } from '@notetutor/notes';
import { findListGroups } from './find-list-groups';
import { type FoldedText, foldForMatch } from './fold-for-match';
import type { PassageMention } from './passage-mention';
import { buildSentenceSkeleton, foldedIndexMap, type SentenceSkeleton } from './sentence-skeleton';
import type { ConceptMention } from './types';

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

const GLOSS_OPEN = new Set(['(', '（']);
const GLOSS_CLOSE = new Set([')', '）']);
const MAX_GLOSS = 60;

/**
 * Reads a passage for relation extraction, given its concept mentions (from `ConceptLookup.find`) and its
 * folded text: merges side-by-side mentions of one concept, marks the mentions inside glosses (`UTS(主机名称)`)
 * and inside bold text, builds one skeleton per sentence and finds the enumerations (`UTS、Mount、IPS`) in each.
 *
 * @example
 * const analysis = analysePassage(passage, kb.lookup.find(passage.text, { lang: passage.lang }));
 * analysis.sentences[0].skeleton; // '\uE000与\uE001有什么区别?' for `容器与虚拟机有什么区别？`
 */
export function analysePassage(
  passage: PassageAnalysis['passage'],
  found: readonly ConceptMention[],
  folded: FoldedText = foldForMatch(passage.text),
): PassageAnalysis {
  const text = passage.text;
  const mentions: PassageMention[] = [];
  for (const m of found) {
    const last = mentions[mentions.length - 1];
    // `Docker daemon守护进程`: one mention of one concept, however many aliases stand side by side.
    if (last && last.id === m.id && isBlank(text, last.end, m.start)) {
      last.end = m.end;
      last.surface = text.slice(last.start, last.end);
      continue;
    }
    mentions.push({
      id: m.id,
      start: m.start,
      end: m.end,
      surface: m.surface,
      inGloss: false,
      emphasised: false,
    });
  }
  markEmphasis(text, passage.emphasis, mentions);
  const { glosses, glossOwners } = findGlosses(text, mentions);

  const toFolded = foldedIndexMap(folded, text.length);
  const spans = passage.sentences.length > 0 ? passage.sentences : [{ start: 0, end: text.length }];
  const sentences: SentenceSkeleton[] = [];
  const groups: number[][][] = [];
  for (const span of spans) {
    const sentence = buildSentenceSkeleton(
      folded,
      toFolded,
      span.start,
      span.end,
      mentions,
      glosses,
      passage.lang,
    );
    sentences.push(sentence);
    groups.push(findListGroups(sentence.skeleton, sentence.positions, passage.lang));
  }
  return { passage, mentions, glosses, glossOwners, sentences, groups, topic: findTopic(text, mentions) };
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
    if (text.charAt(open) === ' ') open++;
    if (!GLOSS_OPEN.has(text.charAt(open))) continue;
    let close = -1;
    for (let j = open + 1; j < text.length && j <= open + MAX_GLOSS; j++) {
      const c = text.charAt(j);
      if (GLOSS_OPEN.has(c) || c === '\n') break;
      if (GLOSS_CLOSE.has(c)) {
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
