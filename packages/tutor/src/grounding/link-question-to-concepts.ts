import type { KnowledgeBase } from '@notetutor/graph';
import { tokenize } from '../text/tokenize';
import type { LinkedConcept } from '../types';
import type { AnswerLanguage } from './passage-index';

/** A concept named in a text, with the index terms of the words that named it. */
export interface ConceptLink extends LinkedConcept {
  /** Index terms of the matched words, so coverage can credit them to the concept's passages. */
  terms: string[];
  /** Offset of the first mention in the text (-1 when carried over from history). */
  position: number;
  /** True when only an approximate (typo-tolerant) match named it. */
  fuzzy: boolean;
}

/** Weight of a concept named only through a typo-tolerant match. */
const FUZZY_WEIGHT = 0.8;

/**
 * Links a text to the concepts it names, in order of first mention: the knowledge base's lookup matches
 * every alias (Chinese, English, the notes' own spellings) case- and width-insensitively, and Latin words
 * of five letters or more within one or two typos of an alias.
 *
 * @example
 * linkQuestionToConcepts(kb, 'what is a namspace in dokcer?', 'en').map((c) => c.id); // ['namespaces', 'docker']
 */
export function linkQuestionToConcepts(
  kb: KnowledgeBase,
  text: string,
  language: AnswerLanguage,
): ConceptLink[] {
  const links = new Map<string, ConceptLink>();
  let mentions: ReturnType<KnowledgeBase['lookup']['find']>;
  try {
    mentions = kb.lookup.find(text, { lang: language, fuzzy: true });
  } catch {
    mentions = [];
  }
  for (const mention of mentions) {
    if (!kb.graph.hasNode(mention.id)) continue;
    const attributes = kb.graph.getNodeAttributes(mention.id);
    const fuzzy = mention.approximate === true;
    const score = fuzzy ? FUZZY_WEIGHT : 1;
    const terms = tokenize(mention.surface);
    const existing = links.get(mention.id);
    if (existing !== undefined) {
      existing.score = Math.max(existing.score, score);
      existing.fuzzy = existing.fuzzy && fuzzy;
      for (const term of terms) if (!existing.terms.includes(term)) existing.terms.push(term);
      continue;
    }
    links.set(mention.id, {
      id: mention.id,
      label: language === 'zh' ? attributes.labelZh : attributes.labelEn,
      score,
      matched: mention.surface,
      terms,
      position: mention.start,
      fuzzy,
    });
  }
  return [...links.values()].sort((a, b) => a.position - b.position);
}
