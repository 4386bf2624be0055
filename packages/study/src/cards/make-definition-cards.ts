import type { KnowledgeBase } from '@notetutor/graph';
import type { Lang } from '@notetutor/notes';
import { cardId, contentHash } from './card-id';
import { conceptName } from './concept-names';
import type { CardFace, DeckCard } from './deck-card';
import { type FoundSentence, findDefiningSentence, quotableSentences } from './find-sentences';
import { originalsOf } from './passage-in-language';

const LANGS: Lang[] = ['zh', 'en'];
const BLANK = '____';
// Separators of an enumeration: a name between two of them is one of a list, and a blank there is ambiguous.
const LIST_SEPARATOR = /^[\s]*(?:[、,，/／]|和|或|与|及|and\s|or\s)/;
const LIST_SEPARATOR_BEFORE = /(?:[、,，/／]|和|或|与|及|\sand|\sor)[\s]*$/;

/** Passages where a concept is defined, best first: its defining passage, then where the notes mention it. */
function definitionPassages(kb: KnowledgeBase, conceptId: string): string[] {
  const node = kb.graph.getNodeAttributes(conceptId);
  return originalsOf(kb, [...(node.definition ? [node.definition] : []), ...node.evidence]).slice(0, 6);
}

/** Whether blanking this mention leaves exactly one fitting answer: named once, not one item of a list. */
function isUnambiguousBlank(sentence: FoundSentence, conceptId: string, start: number, end: number): boolean {
  if (sentence.mentions.filter((m) => m.id === conceptId).length !== 1) return false;
  const before = sentence.text.slice(0, start);
  const after = sentence.text.slice(end);
  const listedBefore =
    LIST_SEPARATOR_BEFORE.test(before) && sentence.mentions.some((m) => m.end <= start && m.end >= start - 4);
  const listedAfter =
    LIST_SEPARATOR.test(after) && sentence.mentions.some((m) => m.start >= end && m.start <= end + 5);
  if (listedBefore || listedAfter) return false;
  // What is left must say enough to point at the concept.
  return sentence.text.length - (end - start) >= 12;
}

/**
 * Definition cards (concept → its defining sentence) and cloze cards (that sentence with the name blanked),
 * in every language the notes define the concept in. A concept no sentence defines gets neither.
 *
 * @example
 * makeDefinitionCards(kb, 'cgroups').map((c) => c.faces.en?.front); // ['What is Cgroups?', 'Fill in the blank: …']
 */
export function makeDefinitionCards(kb: KnowledgeBase, conceptId: string): DeckCard[] {
  const passages = definitionPassages(kb, conceptId);
  const definition: Partial<Record<Lang, CardFace>> = {};
  const cloze: Partial<Record<Lang, CardFace>> = {};
  const used = new Set<string>();
  for (const lang of LANGS) {
    const found = findDefiningSentence(quotableSentences(kb, passages, lang), conceptId, lang);
    if (!found) continue;
    const { sentence, mention } = found;
    const name = conceptName(kb, conceptId, lang);
    used.add(kb.originalOf.get(sentence.passage.id) ?? sentence.passage.id);
    definition[lang] = {
      front: lang === 'zh' ? `什么是${name}？` : `${name}: what is it?`,
      answer: sentence.text,
      back: sentence.text,
      passageIds: [sentence.passage.id],
    };
    if (isUnambiguousBlank(sentence, conceptId, mention.start, mention.end)) {
      cloze[lang] = {
        front: `${sentence.text.slice(0, mention.start)}${BLANK}${sentence.text.slice(mention.end)}`,
        answer: mention.surface,
        back: sentence.text,
        passageIds: [sentence.passage.id],
      };
    }
  }
  const passageIds = [...used];
  const texts = passageIds.flatMap((id) => [
    id,
    kb.passages.get(id)?.text ?? '',
    ...(kb.translationsOf.get(id) ?? []).map((t) => kb.passages.get(t)?.text ?? ''),
  ]);
  const cards: DeckCard[] = [];
  if (Object.keys(definition).length > 0) {
    const asks = `definition|${conceptId}`;
    cards.push({
      id: cardId('definition', asks),
      kind: 'definition',
      conceptIds: [conceptId],
      faces: definition,
      passageIds,
      contentHash: contentHash([asks, ...texts]),
    });
  }
  if (Object.keys(cloze).length > 0) {
    const asks = `cloze|${conceptId}`;
    cards.push({
      id: cardId('cloze', asks),
      kind: 'cloze',
      conceptIds: [conceptId],
      faces: cloze,
      passageIds,
      contentHash: contentHash([asks, ...texts]),
    });
  }
  return cards;
}
