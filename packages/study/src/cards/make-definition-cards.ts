import type { ConceptMention, KnowledgeBase } from '@notetutor/graph';
import type { Lang } from '@notetutor/notes';
import { cardId, contentHash } from './card-id';
import { conceptName } from './concept-names';
import type { CardFace, DeckCard } from './deck-card';
import { type FoundSentence, findDefiningSentence, quotableSentences } from './find-sentences';
import { isQuotableSentence } from './is-quotable-sentence';
import { originalsOf, passageInLanguage } from './passage-in-language';
import { passageSentences } from './passage-sentences';

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
 * The translation of a definition found in another language: the sentence at the same position of the
 * translated passage — the first one, or any when both passages have as many sentences (the rendering
 * mirrors the original) — when it names the concept. `A container takes the structure of…` has no defining cue, yet it renders
 * `容器是在虚拟机的结构中…`.
 */
function alignedDefinition(
  kb: KnowledgeBase,
  faces: Partial<Record<Lang, CardFace>>,
  conceptId: string,
  lang: Lang,
): { sentence: FoundSentence; mention: ConceptMention } | undefined {
  for (const other of LANGS) {
    const face = faces[other];
    const sourceId = face?.passageIds[0];
    const source = sourceId ? kb.passages.get(sourceId) : undefined;
    if (!face || !source || other === lang) continue;
    const index = passageSentences(source).indexOf(face.back);
    const target = passageInLanguage(kb, source.id, lang);
    if (index < 0 || !target) continue;
    const targetSentences = passageSentences(target);
    // Sentences line up when both passages have as many; the first ones line up anyway.
    if (index > 0 && targetSentences.length !== passageSentences(source).length) continue;
    const text = targetSentences[index];
    if (!text || !isQuotableSentence(target, text)) continue;
    const mentions = kb.lookup.find(text, { lang });
    const mention = mentions.find((m) => m.id === conceptId);
    if (mention) return { sentence: { passage: target, text, mentions }, mention };
  }
  return undefined;
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
    const found =
      findDefiningSentence(quotableSentences(kb, passages, lang), conceptId, lang) ??
      alignedDefinition(kb, definition, conceptId, lang);
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
