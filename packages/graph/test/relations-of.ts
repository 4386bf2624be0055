import { buildKnowledgeBase } from '../src/knowledge-base/build-knowledge-base';
import type { Vocabulary, VocabularyConcept } from '../src/types';
import { corpusFrom, ownVocabulary } from './corpus';

/** A concept of a test's own notes: `[id, English label, Chinese label, ...aliases]`. */
export type TestConcept = [id: string, en: string, zh: string, ...aliases: string[]];

/** The project's vocabulary (as the notes' own) with a test's concepts added, so its cue words apply. */
export function vocabularyWith(concepts: readonly TestConcept[]): Vocabulary {
  const base = ownVocabulary();
  const extra = concepts.map(
    ([id, en, zh, ...aliases]): VocabularyConcept => ({
      id,
      labelEn: en,
      labelZh: zh,
      kind: 'concept',
      // As `parseVocabulary` gives them: the labels are aliases too.
      aliases: [...new Set([en, zh, ...aliases])].map((text) => ({ text })),
      classNoun: false,
      local: true,
    }),
  );
  return { ...base, concepts: [...base.concepts, ...extra] };
}

/**
 * The links (`source -type-> target`) a note gives with these concepts, every type including `related-to`
 * (symmetric types point from the smaller id).
 *
 * @example
 * linksOf('- kube-proxy relies on iptables', [['kube-proxy', 'kube-proxy', 'kube-proxy']]); // ['kube-proxy -uses-> iptables']
 */
export function linksOf(markdown: string, concepts: readonly TestConcept[]): string[] {
  const kb = buildKnowledgeBase(corpusFrom({ 'note.md': markdown }), vocabularyWith(concepts), {
    layout: false,
  });
  return kb.graph.mapEdges((_key, a, source, target) => `${source} -${a.type}-> ${target}`);
}
