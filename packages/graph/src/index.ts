export { assignLayout, type LayoutOptions } from './assign-layout';
export { type BuildOptions, buildKnowledgeBase } from './build-knowledge-base';
export { conceptNeighbourhood } from './concept-neighbourhood';
export { conceptSubgraph } from './concept-subgraph';
export { createConceptLookup, type LookupConcept } from './create-concept-lookup';
export { type DescribeOptions, describeConcept } from './describe-concept';
export { type DiscoveredConcept, discoverConcepts } from './discover-concepts';
export { emptyVocabulary } from './empty-vocabulary';
export { exportKnowledgeBase, type KnowledgeBaseData } from './export-knowledge-base';
export { findPath } from './find-path';
export { type FoldedText, foldForMatch, foldKey } from './fold-for-match';
export { importKnowledgeBase } from './import-knowledge-base';
export { mostCentralConcepts } from './most-central-concepts';
export { parseVocabulary } from './parse-vocabulary';
export { toPassageView } from './passage-view';
export { type PageRankOptions, personalizedPageRank } from './personalized-page-rank';
export { type AggregatedRelation, RelationAggregator } from './relation-aggregator';
export { DEFAULT_RELATION_LABELS } from './relation-labels';
export {
  type GraphReview,
  type ReviewedConcept,
  type ReviewedRelation,
  type ReviewOptions,
  reviewGraph,
} from './review-graph';
export { type ConceptPathOptions, type ConceptPathStep, shortestConceptPath } from './shortest-concept-path';
export type * from './types';
