import type { Vocabulary } from '../types';

/**
 * The vocabulary of a notes folder: `base` (the project's) with the folder's own `vocabulary.yaml` laid over
 * it. A folder concept replaces the base concept of the same id and is marked `local` (it applies wherever
 * its names occur in these notes, as its author meant); cue patterns, stop-words and architectures add up;
 * the folder's relation labels win.
 *
 * @example
 * mergeVocabularies(seed, parseVocabulary('concepts:\n  - { id: tcp, zh: TCP, en: TCP, kind: concept }\n'))
 *   .concepts.find((c) => c.id === 'tcp')?.local; // true
 */
export function mergeVocabularies(base: Vocabulary, folder: Vocabulary): Vocabulary {
  const own = new Set(folder.concepts.map((c) => c.id));
  return {
    concepts: [
      ...base.concepts.filter((c) => !own.has(c.id)),
      ...folder.concepts.map((c) => ({ ...c, local: true })),
    ],
    cues: [...base.cues, ...folder.cues],
    relationLabels: { ...base.relationLabels, ...folder.relationLabels },
    stopWords: {
      zh: [...new Set([...base.stopWords.zh, ...folder.stopWords.zh])],
      en: [...new Set([...base.stopWords.en, ...folder.stopWords.en])],
    },
    architectures: [...(base.architectures ?? []), ...(folder.architectures ?? [])],
  };
}
