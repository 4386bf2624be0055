import type { KnowledgeBase } from '@notetutor/graph';
import type { Lang } from '@notetutor/notes';
import { cardId, contentHash } from './card-id';
import { conceptName } from './concept-names';
import type { CardFace, DeckCard } from './deck-card';
import {
  type FoundSentence,
  findDefiningSentence,
  findSentenceNaming,
  quotableSentences,
} from './find-sentences';
import { originalsOf } from './passage-in-language';

const LANGS: Lang[] = ['zh', 'en'];

/**
 * Contrast cards from `contrasts-with` relations (`How does a container differ from a virtual machine?`): the
 * back quotes what the notes say of each side — each one's defining sentence, or the sentence naming both —
 * citing every passage it quotes. A side the notes do not describe in a language leaves that face out.
 *
 * @example
 * makeContrastCards(kb).map((c) => c.faces.en?.front); // ['How does container differ from virtual machine?']
 */
export function makeContrastCards(kb: KnowledgeBase): DeckCard[] {
  const pairs = new Map<string, { a: string; b: string; evidence: string[] }>();
  kb.graph.forEachEdge((_edge, attributes, source, target) => {
    if (attributes.type !== 'contrasts-with' || source === target) return;
    const [a, b] = source < target ? [source, target] : [target, source];
    const key = `${a}|${b}`;
    const entry = pairs.get(key) ?? { a, b, evidence: [] };
    for (const id of attributes.evidence) entry.evidence.push(id);
    pairs.set(key, entry);
  });
  const cards: DeckCard[] = [];
  for (const key of [...pairs.keys()].sort()) {
    const pair = pairs.get(key);
    if (!pair) continue;
    const { a, b } = pair;
    const evidence = originalsOf(kb, pair.evidence);
    const faces: Partial<Record<Lang, CardFace>> = {};
    const used = new Set<string>();
    for (const lang of LANGS) {
      const sentences = quotableSentences(kb, evidence, lang);
      const both = findSentenceNaming(sentences, a, b);
      const sideOf = (id: string) => {
        const node = kb.graph.getNodeAttributes(id);
        const own = quotableSentences(
          kb,
          originalsOf(kb, [...(node.definition ? [node.definition] : []), ...evidence]),
          lang,
        );
        return findDefiningSentence(own, id, lang)?.sentence;
      };
      const quotes: FoundSentence[] = [];
      for (const quote of [sideOf(a), sideOf(b), both]) {
        if (quote && !quotes.some((q) => q.text === quote.text)) quotes.push(quote);
      }
      // Both sides must be described: by a sentence each, or by one naming both.
      if (!both && quotes.length < 2) continue;
      const [nameA, nameB] = [conceptName(kb, a, lang), conceptName(kb, b, lang)];
      for (const q of quotes) used.add(kb.originalOf.get(q.passage.id) ?? q.passage.id);
      faces[lang] = {
        front: lang === 'zh' ? `${nameA}和${nameB}有什么区别？` : `How does ${nameA} differ from ${nameB}?`,
        answer: `${nameA} / ${nameB}`,
        back: quotes.map((q) => q.text).join('\n'),
        passageIds: [...new Set(quotes.map((q) => q.passage.id))],
      };
    }
    if (Object.keys(faces).length === 0) continue;
    const asks = `contrast|${a}|${b}`;
    const passageIds = [...used].sort();
    cards.push({
      id: cardId('contrast', asks),
      kind: 'contrast',
      conceptIds: [a, b],
      faces,
      passageIds,
      contentHash: contentHash([
        asks,
        ...passageIds.flatMap((id) => [
          kb.passages.get(id)?.text ?? '',
          ...(kb.translationsOf.get(id) ?? []).map((t) => kb.passages.get(t)?.text ?? ''),
        ]),
      ]),
    });
  }
  return cards;
}
