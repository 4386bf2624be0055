import type { KnowledgeBase } from '@notetutor/graph';
import { tokenize } from '../text/tokenize';
import { tokenizeWords } from '../text/tokenize-words';
import type { ConceptLink } from './link-question-to-concepts';
import type { AnswerLanguage } from './passage-index';
import type { TutorIndex } from './prepare-index';
import { inverseDocumentFrequency } from './score-bm25';

/** The verdict on whether the notes can answer a question. */
export interface Coverage {
  covered: boolean;
  reason?: 'off-topic' | 'no-support' | 'empty';
  /** Best share, over the question's clauses, of a clause's information one top passage supports. */
  support: number;
}

/** A clause is answerable when one passage supports at least this share of its IDF mass… */
export const SUPPORT_THRESHOLD = 0.5;
/** …or this share when the clause names a specific concept the passage mentions (a paraphrase with unseen verbs). */
export const SUPPORT_THRESHOLD_WITH_CONCEPT = 0.25;
/** A concept this specific or more (see `TutorIndex.specificity`) says what a question is about. */
export const SPECIFIC_CONCEPT = 0.3;
/** Below this share of known IDF mass a clause is about things the notes never mention. */
export const KNOWN_MASS_OFF_TOPIC = 0.5;

export interface CoverageInput {
  language: AnswerLanguage;
  question: string;
  /** Concepts the question itself names. */
  concepts: readonly ConceptLink[];
  /** Concepts carried over from earlier turns when the question is elliptical. */
  carried: readonly ConceptLink[];
  elliptical: boolean;
  /** Query terms typed in the question, with corrected spellings (term → corrected term). */
  corrections: ReadonlyMap<string, string>;
  /** Top candidate passage positions, best first. */
  candidates: readonly number[];
}

const CLAUSE_BREAK = /[。！？；!?;\n]+|[:：]\s*|\.\s+/u;

/**
 * Decides whether the notes support an answer, from the question's own information content rather than
 * from any list of questions. Each clause of the question ("Ignore your instructions. What is a bridge?"
 * has two) is weighed by IDF mass over its content words (`tokenizeWords`: whole words, not bigrams that
 * straddle two words): a word counts the IDF of its rarest term in the question's language view, a word
 * the notes never use counting as the rarest possible term. In an elliptical follow-up the concepts it
 * continues count as words of every clause ("before it" → "before overlay2"). A clause is supported by a
 * passage in the share of that mass whose words the passage contains, or that named a concept the passage
 * mentions (so `IPC` is credited to the passage spelling it `IPS`). The question is covered when
 * some clause reaches {@link SUPPORT_THRESHOLD} on one top passage, or {@link SUPPORT_THRESHOLD_WITH_CONCEPT}
 * when that clause names a specific concept ({@link SPECIFIC_CONCEPT}) the passage mentions. An elliptical follow-up with no content of its own ("what about
 * it?") is covered when the concepts it continues have passages among the candidates.
 */
export function decideCoverage(index: TutorIndex, kb: KnowledgeBase, input: CoverageInput): Coverage {
  const correct = (words: string[][]) =>
    words.map((terms) => terms.map((t) => input.corrections.get(t) ?? t));
  // "What did Docker use before it?": the pronoun stands for the carried concept; weigh it as if named.
  const carriedWords = input.elliptical
    ? input.carried.map((link) => (link.terms.length > 0 ? link.terms : tokenize(link.label)))
    : [];
  const clauses = input.question
    .split(CLAUSE_BREAK)
    .map((text) => correct(tokenizeWords(text)))
    .filter((words) => words.length > 0)
    .map((words) => [...words, ...carriedWords.filter((w) => w.length > 0)]);

  if (clauses.length === 0) {
    if (input.elliptical && input.carried.length > 0 && carriedConceptsSupported(index, kb, input)) {
      return { covered: true, support: 1 };
    }
    return { covered: false, reason: 'empty', support: 0 };
  }

  const view = index.passages.views[input.language];
  const unseenIdf = inverseDocumentFrequency(view.count, 0);
  const termIdf = (term: string) => {
    const id = index.passages.termId.get(term);
    const df = id === undefined ? 0 : (view.documentFrequency[id] ?? 0);
    return df === 0 ? unseenIdf : inverseDocumentFrequency(view.count, df);
  };
  const conceptTerms = new Map<string, string[]>();
  for (const link of [...input.concepts, ...input.carried]) {
    const terms = link.terms.length > 0 ? link.terms : tokenize(link.label);
    for (const term of terms) conceptTerms.set(term, [...(conceptTerms.get(term) ?? []), link.id]);
  }
  const conceptsOfWord = (terms: readonly string[]) => [
    ...new Set(terms.flatMap((t) => conceptTerms.get(t) ?? [])),
  ];

  let bestSupport = 0;
  let bestKnownShare = 0;
  let covered = false;
  for (const clause of clauses) {
    const words = dedupeWords(clause);
    // A word is as informative as its rarest part; one the notes never use counts as the rarest term.
    const idf = words.map((terms) => Math.max(...terms.map(termIdf)));
    const mass = idf.reduce((sum, value) => sum + value, 0);
    const known = words.reduce((sum, terms, i) => {
      const seen = terms.every((t) => termIdf(t) < unseenIdf) || conceptsOfWord(terms).length > 0;
      return seen ? sum + (idf[i] as number) : sum;
    }, 0);
    bestKnownShare = Math.max(bestKnownShare, known / mass);
    const specific = new Set(
      words
        .flatMap((terms) => conceptsOfWord(terms))
        .filter((id) => index.specificity(id) >= SPECIFIC_CONCEPT),
    );
    for (const position of input.candidates) {
      const passageConcepts = conceptsOf(kb, index, position);
      let supported = 0;
      words.forEach((terms, i) => {
        const viaConcept = conceptsOfWord(terms).some((id) => passageConcepts.has(id));
        if (viaConcept || terms.every((t) => passageHasTerm(index, position, t)))
          supported += idf[i] as number;
      });
      const support = supported / mass;
      bestSupport = Math.max(bestSupport, support);
      const namesSpecific = [...specific].some((id) => passageConcepts.has(id));
      if (support >= (namesSpecific ? SUPPORT_THRESHOLD_WITH_CONCEPT : SUPPORT_THRESHOLD)) covered = true;
    }
  }
  if (covered) return { covered: true, support: bestSupport };
  return {
    covered: false,
    reason: bestKnownShare < KNOWN_MASS_OFF_TOPIC ? 'off-topic' : 'no-support',
    support: bestSupport,
  };
}

function dedupeWords(words: readonly string[][]): string[][] {
  const seen = new Set<string>();
  return words.filter((terms) => {
    const key = terms.join('\u0000');
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function carriedConceptsSupported(index: TutorIndex, kb: KnowledgeBase, input: CoverageInput): boolean {
  return input.candidates.some((position) => {
    const concepts = conceptsOf(kb, index, position);
    return input.carried.some((link) => concepts.has(link.id));
  });
}

function conceptsOf(kb: KnowledgeBase, index: TutorIndex, position: number): Set<string> {
  const passage = index.passages.passages[position];
  if (passage === undefined) return new Set();
  const ids = new Set(kb.passageConcepts.get(passage.id) ?? []);
  const originalId = kb.originalOf.get(passage.id);
  if (originalId !== undefined) for (const id of kb.passageConcepts.get(originalId) ?? []) ids.add(id);
  return ids;
}

/** Binary search in the term's postings (positions are ascending). */
function passageHasTerm(index: TutorIndex, position: number, term: string): boolean {
  const id = index.passages.termId.get(term);
  if (id === undefined) return false;
  const docs = index.passages.postingPassages[id];
  if (docs === undefined) return false;
  let low = 0;
  let high = docs.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const value = docs[middle] as number;
    if (value === position) return true;
    if (value < position) low = middle + 1;
    else high = middle - 1;
  }
  return false;
}
