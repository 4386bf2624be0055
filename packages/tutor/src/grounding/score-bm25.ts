import type { AnswerLanguage, PassageIndex } from './passage-index';

/** A query term and how much it counts (1 for a term typed by the user, less for a corrected spelling). */
export interface QueryTerm {
  term: string;
  weight: number;
}

/** BM25 scores of the passages a query touched, in one view of the index. */
export interface Bm25Result {
  /** Score per passage position (0 for untouched passages). */
  scores: Float64Array;
  /**
   * Per passage: the summed weighted IDF of the query terms it contains, regardless of how often. Compared
   * with {@link Bm25Result.queryMass} it says how much of the question a passage speaks to.
   */
  matchedMass: Float64Array;
  /** Positions with a non-zero score, in first-touched order. */
  touched: number[];
  /** Weighted IDF of every query term, unknown terms counting as the rarest possible term. */
  queryMass: number;
  /** Weighted IDF of the query terms that occur in the view. */
  knownMass: number;
  /** IDF per query term (same order as the input), for callers that weigh terms. */
  idf: number[];
}

/**
 * Buffers `scoreBm25` may reuse from one query to the next (see {@link createBm25Scratch}). A result scored
 * into a scratch is only valid until the next query scored into the same scratch.
 */
export interface Bm25Scratch {
  scores: Float64Array;
  matchedMass: Float64Array;
  touched: number[];
}

/** Reusable buffers for scoring queries against `index` one after the other. */
export function createBm25Scratch(index: PassageIndex): Bm25Scratch {
  const size = index.passages.length;
  return { scores: new Float64Array(size), matchedMass: new Float64Array(size), touched: [] };
}

const K1 = 1.2;
const B = 0.75;

/** Okapi BM25's IDF, never negative. `df = 0` gives the IDF of a term the corpus has never seen. */
export function inverseDocumentFrequency(count: number, df: number): number {
  return Math.log(1 + (count - df + 0.5) / (df + 0.5));
}

/** How many passages of `language`'s view have an index term; 0 for a term the view never has. */
export function documentFrequency(index: PassageIndex, language: AnswerLanguage, term: string): number {
  const id = index.termId.get(term);
  return id === undefined ? 0 : (index.views[language].documentFrequency[id] ?? 0);
}

/** The IDF of an index term in `language`'s view of the passages; 0 for a term the view never has. */
export function idfInView(index: PassageIndex, language: AnswerLanguage, term: string): number {
  const df = documentFrequency(index, language, term);
  return df === 0 ? 0 : inverseDocumentFrequency(index.views[language].count, df);
}

/**
 * Scores the passages of `language`'s view against the query terms with Okapi BM25 (k1 = 1.2, b = 0.75),
 * walking only the postings of the query's terms. With a `scratch`, the score arrays are that scratch's
 * (cleared of the previous query's scores), so a query allocates nothing the size of the corpus.
 *
 * @example
 * const { scores, touched } = scoreBm25(index, 'en', [{ term: 'namespac', weight: 1 }]);
 */
export function scoreBm25(
  index: PassageIndex,
  language: AnswerLanguage,
  query: readonly QueryTerm[],
  scratch?: Bm25Scratch,
): Bm25Result {
  const view = index.views[language];
  const size = index.passages.length;
  let scores: Float64Array;
  let matchedMass: Float64Array;
  if (scratch !== undefined && scratch.scores.length === size) {
    // Clear what the previous query wrote, rather than allocating two arrays the size of the corpus.
    scores = scratch.scores;
    matchedMass = scratch.matchedMass;
    for (const doc of scratch.touched) {
      scores[doc] = 0;
      matchedMass[doc] = 0;
    }
    scratch.touched.length = 0;
  } else {
    scores = new Float64Array(size);
    matchedMass = new Float64Array(size);
  }
  const touched: number[] = scratch?.touched ?? [];
  const idf: number[] = [];
  let queryMass = 0;
  let knownMass = 0;
  const unseenIdf = inverseDocumentFrequency(view.count, 0);
  for (const { term, weight } of query) {
    const id = index.termId.get(term);
    const df = id === undefined ? 0 : (view.documentFrequency[id] ?? 0);
    const termIdf = df === 0 ? unseenIdf : inverseDocumentFrequency(view.count, df);
    idf.push(termIdf);
    queryMass += weight * termIdf;
    if (id === undefined || df === 0) continue;
    knownMass += weight * termIdf;
    const docs = index.postingPassages[id];
    const tfs = index.postingFrequencies[id];
    if (!docs || !tfs) continue;
    const w = weight * termIdf;
    for (let i = 0; i < docs.length; i++) {
      const doc = docs[i] as number;
      if (view.member[doc] !== 1) continue;
      const tf = tfs[i] as number;
      const norm = K1 * (1 - B + (B * (index.length[doc] as number)) / view.averageLength);
      if (scores[doc] === 0) touched.push(doc);
      scores[doc] = (scores[doc] as number) + (w * (tf * (K1 + 1))) / (tf + norm);
      matchedMass[doc] = (matchedMass[doc] as number) + w;
    }
  }
  return { scores, matchedMass, touched, queryMass, knownMass, idf };
}
