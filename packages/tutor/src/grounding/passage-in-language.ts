import type { Passage } from '@notetutor/notes';
import type { AnswerLanguage } from './passage-index';

/** The parts of a knowledge base that say which passages translate which. */
export interface TranslationSource {
  passages: ReadonlyMap<string, Passage>;
  originalOf: ReadonlyMap<string, string>;
  translationsOf: ReadonlyMap<string, readonly string[]>;
}

/**
 * The version of a passage to show a reader of `language`: the passage itself when it is in that language
 * or has no version in it, else its original or its translation in that language.
 *
 * @example
 * passageInLanguage(kb, 'docker-concepts.zh#2.2', 'en'); // 'docker-concepts.en#2.2'
 */
export function passageInLanguage(kb: TranslationSource, id: string, language: AnswerLanguage): string {
  const passage = kb.passages.get(id);
  if (passage === undefined || passage.lang === language) return id;
  const originalId = kb.originalOf.get(id);
  if (originalId !== undefined && kb.passages.get(originalId)?.lang === language) return originalId;
  for (const translated of kb.translationsOf.get(id) ?? []) {
    if (kb.passages.get(translated)?.lang === language) return translated;
  }
  if (originalId !== undefined) {
    for (const translated of kb.translationsOf.get(originalId) ?? []) {
      if (kb.passages.get(translated)?.lang === language) return translated;
    }
  }
  return id;
}

/** The original of a translated passage, or the passage itself. */
export function originalPassageId(kb: TranslationSource, id: string): string {
  return kb.originalOf.get(id) ?? id;
}
