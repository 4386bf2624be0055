import { MAX_QUESTION_CHARS } from '@notetutor/contracts';
import type { KnowledgeBase } from '@notetutor/graph';
import { detectLanguage } from '../text/detect-language';
import { tokenize } from '../text/tokenize';
import type { AskInput, Grounding } from '../types';
import { decideCoverage } from './decide-coverage';
import { detectQuestionAspect } from './detect-question-aspect';
import { MAX_GROUNDING_PASSAGES } from './ground-question';
import { prepareIndex } from './prepare-index';
import { rankPassages } from './rank-passages';

/**
 * The lexical-only baseline the evaluation compares `groundQuestion` with: the same tokenisation, BM25 and
 * coverage thresholds, but no concept linking, no spelling correction, no follow-up resolution and no
 * graph (no boosts, relations, paths or expansion). What it gets right, words alone get right.
 *
 * @example
 * groundLexically(kb, { question: 'What do cgroups do?' }).passages[0]?.id;
 */
export function groundLexically(kb: KnowledgeBase, input: AskInput): Grounding {
  const question = input.question.slice(0, MAX_QUESTION_CHARS).trim();
  const language = detectLanguage(question);
  const index = prepareIndex(kb);
  const terms = [...new Set(tokenize(question))];
  const { candidates } = rankPassages(
    index,
    kb,
    {
      language,
      terms: terms.map((term) => ({ term, weight: 1 })),
      linked: [],
      expanded: [],
      relationEvidence: new Map(),
    },
    MAX_GROUNDING_PASSAGES,
  );
  const coverage = decideCoverage(index, {
    language,
    question,
    concepts: [],
    carried: [],
    elliptical: false,
    corrections: new Map(),
    aspect: detectQuestionAspect(question, language),
    candidates: candidates.slice(0, 5).map((c) => c.position),
  });
  const passages = coverage.covered
    ? candidates.flatMap((candidate) => {
        const passage = index.passages.passages[candidate.position];
        if (passage === undefined) return [];
        const originalId = kb.originalOf.get(passage.id);
        return [{ id: passage.id, score: candidate.score, ...(originalId ? { originalId } : {}) }];
      })
    : [];
  return {
    question,
    language,
    concepts: [],
    passages,
    relations: [],
    covered: coverage.covered,
    ...(coverage.covered ? {} : { uncoveredReason: coverage.reason ?? 'no-support' }),
    shape: 'plain',
    terms,
    support: coverage.support,
    suggestions: [],
  };
}
