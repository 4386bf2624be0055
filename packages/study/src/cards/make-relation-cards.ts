import type { RelationType } from '@notetutor/contracts';
import type { KnowledgeBase } from '@notetutor/graph';
import type { Lang } from '@notetutor/notes';
import { cardId, contentHash } from './card-id';
import { conceptName } from './concept-names';
import type { CardFace, DeckCard } from './deck-card';
import { type FoundSentence, findSentenceNaming, quotableSentences } from './find-sentences';
import { originalsOf } from './passage-in-language';

const LANGS: Lang[] = ['zh', 'en'];
const BLANK = '___';
/** Relations too loose to ask about (`related-to`) or asked by contrast cards. */
const NOT_ASKED = new Set<RelationType>(['related-to', 'contrasts-with']);

interface Target {
  id: string;
  evidence: string[];
  label: string;
  labelZh: string;
}

/** The question side: `bridge requires ___`, `网桥需要___`, `网桥由___实现`. */
function relationPrompt(source: string, label: string, labelZh: string, lang: Lang): string {
  if (lang === 'en') return `${source} ${label} ${BLANK}`;
  const [before, after] = labelZh.includes('…') ? labelZh.split('…') : [labelZh, ''];
  return `${source}${before}${BLANK}${after ?? ''}`;
}

/**
 * Relation cards: one per concept and typed relation (`bridge requires ___` → DNAT), answered by every target
 * for which a sentence of the evidence names both ends; that sentence is the back. `related-to` is never
 * asked; `contrasts-with` has its own cards.
 *
 * @example
 * makeRelationCards(kb, 'bridge').find((c) => c.faces.en?.front === 'bridge requires ___')?.faces.en?.answer; // 'DNAT'
 */
export function makeRelationCards(kb: KnowledgeBase, sourceId: string): DeckCard[] {
  const byType = new Map<RelationType, Target[]>();
  kb.graph.forEachOutEdge(sourceId, (_edge, attributes, _source, target) => {
    if (NOT_ASKED.has(attributes.type) || target === sourceId) return;
    const list = byType.get(attributes.type) ?? [];
    list.push({
      id: target,
      evidence: attributes.evidence,
      label: attributes.label,
      labelZh: attributes.labelZh,
    });
    byType.set(attributes.type, list);
  });
  const cards: DeckCard[] = [];
  for (const type of [...byType.keys()].sort()) {
    const targets = (byType.get(type) ?? []).sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    const faces: Partial<Record<Lang, CardFace>> = {};
    const used = new Set<string>();
    const answered = new Set<string>();
    for (const lang of LANGS) {
      const names: string[] = [];
      const quotes: FoundSentence[] = [];
      for (const target of targets) {
        const sentences = quotableSentences(kb, originalsOf(kb, target.evidence), lang);
        const both = findSentenceNaming(sentences, sourceId, target.id);
        if (!both) continue;
        names.push(conceptName(kb, target.id, lang));
        answered.add(target.id);
        if (!quotes.some((q) => q.text === both.text)) quotes.push(both);
        used.add(kb.originalOf.get(both.passage.id) ?? both.passage.id);
      }
      const first = targets[0];
      if (names.length === 0 || !first) continue;
      faces[lang] = {
        front: relationPrompt(conceptName(kb, sourceId, lang), first.label, first.labelZh, lang),
        answer: names.join(lang === 'zh' ? '、' : ', '),
        back: quotes.map((q) => q.text).join('\n'),
        passageIds: [...new Set(quotes.map((q) => q.passage.id))],
      };
    }
    if (Object.keys(faces).length === 0) continue;
    const asks = `relation|${sourceId}|${type}`;
    const passageIds = [...used].sort();
    cards.push({
      id: cardId('relation', asks),
      kind: 'relation',
      conceptIds: [sourceId, ...[...answered].sort()],
      faces,
      passageIds,
      contentHash: contentHash([
        asks,
        ...[...answered].sort(),
        ...passageIds.flatMap((id) => [
          kb.passages.get(id)?.text ?? '',
          ...(kb.translationsOf.get(id) ?? []).map((t) => kb.passages.get(t)?.text ?? ''),
        ]),
      ]),
    });
  }
  return cards;
}
