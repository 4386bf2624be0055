export { createConceptLookup, type LookupConcept } from './discovery/create-concept-lookup';
export { type DiscoveredConcept, discoverConcepts } from './discovery/discover-concepts';
export { assignLayout, type LayoutOptions } from './knowledge-base/assign-layout';
export { type BuildOptions, buildKnowledgeBase } from './knowledge-base/build-knowledge-base';
export { exportKnowledgeBase, type KnowledgeBaseData } from './knowledge-base/export-knowledge-base';
export { importKnowledgeBase } from './knowledge-base/import-knowledge-base';
export { importKnowledgeBaseInSteps } from './knowledge-base/import-knowledge-base-in-steps';
export { conceptNeighbourhood } from './queries/concept-neighbourhood';
export { conceptSubgraph } from './queries/concept-subgraph';
export { type ConceptSearch, createConceptSearch } from './queries/create-concept-search';
export { type DescribeOptions, describeConcept } from './queries/describe-concept';
export { findPath } from './queries/find-path';
export { mostCentralConcepts } from './queries/most-central-concepts';
export { mulberry32 } from './queries/mulberry32';
export { toPassageView } from './queries/passage-view';
export { type PageRankOptions, personalizedPageRank } from './queries/personalized-page-rank';
export {
  type GraphReview,
  type ReviewedConcept,
  type ReviewedRelation,
  type ReviewOptions,
  reviewGraph,
} from './queries/review-graph';
export {
  type ConceptPathOptions,
  type ConceptPathStep,
  shortestConceptPath,
} from './queries/shortest-concept-path';
export { type AggregatedRelation, RelationAggregator } from './relations/relation-aggregator';
export { damerauLevenshtein } from './text/damerau-levenshtein';
export { type FoldedText, foldForMatch, foldKey } from './text/fold-for-match';
export type * from './types';
export { emptyVocabulary } from './vocabulary/empty-vocabulary';
export { parseVocabulary } from './vocabulary/parse-vocabulary';
export { DEFAULT_RELATION_LABELS } from './vocabulary/relation-labels';
