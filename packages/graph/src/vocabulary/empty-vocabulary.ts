import type { Vocabulary } from '../types';

/**
 * An empty vocabulary: concepts are then only discovered, relations only found by co-occurrence.
 *
 * @example
 * buildKnowledgeBase(corpus, emptyVocabulary()).graph.order; // the concepts the notes name themselves
 */
export function emptyVocabulary(): Vocabulary {
  return { concepts: [], cues: [], relationLabels: {}, stopWords: { zh: [], en: [] }, architectures: [] };
}
