import type { Passage } from '@notetutor/notes';
import { passageInLanguage } from '../grounding/passage-in-language';
import type { GroundedRelation } from '../types';
import type { AnswerContext } from './answer-context';

/** Where the notes state a relation: a span of one of its evidence passages. */
export interface RelationEvidence {
  passage: Passage;
  start: number;
  end: number;
}

/**
 * The evidence of a relation: a sentence of one of its evidence passages naming both ends, else two
 * adjacent sentences that do (a question in the notes and its answer: "用户空间如何隔离？…统称为Namespaces"),
 * preferring passages the answer already cites.
 */
export function relationEvidence(
  context: AnswerContext,
  relation: GroundedRelation,
): RelationEvidence | undefined {
  const { kb, language, registry } = context;
  const passageOf = (id: string) => kb.passages.get(passageInLanguage(kb, id, language));
  // Passages the answer already cites first (in citation order), then the others in the graph's order,
  // without sorting them all: on a large notes folder a relation has thousands.
  const cited: Passage[] = [];
  for (const id of relation.evidence) {
    const passage = passageOf(id);
    if (passage !== undefined && registry.numberOf(passage.id) !== undefined && !cited.includes(passage))
      cited.push(passage);
  }
  cited.sort((x, y) => (registry.numberOf(x.id) as number) - (registry.numberOf(y.id) as number));
  const statedIn = (passage: Passage, width: number): RelationEvidence | undefined => {
    const sentences = passage.sentences;
    for (let i = 0; i + width <= sentences.length; i++) {
      const start = (sentences[i] as { start: number }).start;
      const end = (sentences[i + width - 1] as { end: number }).end;
      if (
        context.names(passage, start, end, relation.source) &&
        context.names(passage, start, end, relation.target)
      )
        return { passage, start, end };
    }
    return undefined;
  };
  for (const width of [1, 2]) {
    for (const passage of cited) {
      const found = statedIn(passage, width);
      if (found !== undefined) return found;
    }
    for (const id of relation.evidence) {
      const passage = passageOf(id);
      if (passage === undefined || registry.numberOf(passage.id) !== undefined) continue;
      const found = statedIn(passage, width);
      if (found !== undefined) return found;
    }
  }
  return undefined;
}

/** Cites the evidence of a relation (see {@link relationEvidence}); undefined when the notes have none. */
export function citeRelation(context: AnswerContext, relation: GroundedRelation): number | undefined {
  const evidence = relationEvidence(context, relation);
  return evidence && context.registry.cite(evidence.passage, evidence.start, evidence.end);
}
