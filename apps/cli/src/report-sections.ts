import { type KnowledgeBase, reviewGraph } from '@notetutor/graph';
import { formatGraphReview } from './format-graph-review';
import { quizGatesSection } from './quiz-gates-section';

/**
 * A block of the evaluation report printed for each corpus after the table, from the corpus's knowledge base.
 * An empty string prints nothing.
 */
export type ReportSection = (kb: KnowledgeBase, corpusName: string) => string;

const count = (n: number, noun: string) => `${n} ${noun}${n === 1 ? '' : 's'}`;

const notesAtAGlance: ReportSection = (kb, corpusName) => {
  const skipped = kb.skipped.length > 0 ? `, ${count(kb.skipped.length, 'file')} skipped` : '';
  const sizes = [
    count(kb.documents.length, 'file'),
    count(kb.passages.size, 'passage'),
    count(kb.graph.order, 'concept'),
    count(kb.graph.size, 'relation'),
  ];
  return `${corpusName}: ${sizes.join(', ')}${skipped}`;
};

/** Seed of the graph review sample: fixed, so every run prints the same sample for a person to judge. */
const REVIEW_SEED = 1;

/** The graph review sample (issue: concepts and typed relations a person can judge quickly), per corpus. */
const graphReview: ReportSection = (kb, corpusName) =>
  `Graph review of ${corpusName}\n${formatGraphReview(reviewGraph(kb, { seed: REVIEW_SEED }), REVIEW_SEED)}`;

/**
 * The sections of `npm run eval`'s report, in print order. Add a section by appending a function here (for example a
 * sample of graph edges to review, or quiz gates).
 *
 * @example
 * REPORT_SECTIONS.map((section) => section(kb, 'seed')).filter(Boolean).join('\n');
 */
export const REPORT_SECTIONS: readonly ReportSection[] = [notesAtAGlance, graphReview, quizGatesSection];
