import { MAX_QUESTION_CHARS } from '@notetutor/contracts';
import type { KnowledgeBase } from '@notetutor/graph';
import { backgroundZipf } from '@notetutor/lexicon';
import { backgroundRarity, type QuestionWords, RARE_ZIPF } from '../text/background-rarity';
import { compoundTerms, writtenAsOne } from '../text/compound-terms';
import { detectLanguage } from '../text/detect-language';
import { normalizeForSearch } from '../text/normalize-for-search';
import { stemEnglish } from '../text/stem-english';
import { STRADDLING_BIGRAM_SHARE, straddlingBigrams } from '../text/straddling-bigrams';
import { tokenize } from '../text/tokenize';
import type { AskInput, Grounding, LinkedConcept } from '../types';
import { asksForDefinition } from './asks-for-definition';
import { collectRelations } from './collect-relations';
import { conceptLabel } from './concept-label';
import { decideCoverage } from './decide-coverage';
import { detectQuestionAspect } from './detect-question-aspect';
import { detectQuestionShape } from './detect-question-shape';
import { edgeEvidence } from './edge-evidence';
import { expandConcepts } from './expand-concepts';
import { findConceptPath } from './find-concept-path';
import { indexTable } from './index-table';
import { type ConceptLink, linkQuestionToConcepts } from './link-question-to-concepts';
import type { AnswerLanguage } from './passage-index';
import { prepareIndex, type TutorIndex } from './prepare-index';
import { rankPassages, type WeightedConcept } from './rank-passages';
import { resolveFollowUp } from './resolve-follow-up';
import { documentFrequency, idfInView, type QueryTerm } from './score-bm25';
import { translateQuestion } from './translate-question';

/** Passages a grounding carries at most. */
export const MAX_GROUNDING_PASSAGES = 8;
/** Passages a borderline (declined for lack of support) question hands a model to judge. */
const BORDERLINE_PASSAGES = 5;
/** Concepts graph expansion adds at most. */
const MAX_RELATED = 6;
/** Weight of a corrected spelling relative to a term typed correctly. */
const CORRECTED_TERM_WEIGHT = 0.8;
/** Weight of a compound identifier typed in the question (`no-cache`), a term typed correctly weighing 1. */
const COMPOUND_TERM_WEIGHT = 1;
/** The earlier turn's terms weigh at most this share of the question's own in a follow-up's query. */
const HISTORY_SHARE = 0.35;
/** Candidates the coverage decision looks at. */
const COVERAGE_CANDIDATES = 5;

/**
 * Grounds a question in the notes (pure; the index is built on first use and cached per knowledge base):
 *
 * 1. detects the language (Chinese if the question has any Han character);
 * 2. links it to concepts (aliases in both languages, the notes' spellings, full-width, typos) and, when
 *    it is an elliptical follow-up, carries over the concepts of the previous turns;
 * 3. ranks passages of its language by BM25 (misspelt Latin terms corrected against the notes' terms),
 *    boosted by the linked concepts' evidence and definitions, by relations between them (and the path
 *    between the two concepts of a comparison or "how does A lead to B" question), and by concepts that
 *    personalised PageRank from the linked ones reaches;
 * 4. decides coverage from how much of the question's information content the best passages support.
 *
 * @example
 * const grounding = groundQuestion(kb, { question: '那host模式呢？', history });
 * grounding.passages[0]?.id; // 'docker-concepts.zh#5.3'
 */
export function groundQuestion(kb: KnowledgeBase, input: AskInput): Grounding {
  const question = (typeof input.question === 'string' ? input.question : '')
    .slice(0, MAX_QUESTION_CHARS)
    .trim();
  const whole = groundText(kb, input, question);
  // A question that opens with a name the notes never write is about it (see `decideCoverage`): no sentence of
  // it is answered by them alone.
  const opening = whole.missing?.find((name) =>
    normalizeForSearch(question).startsWith(normalizeForSearch(name)),
  );
  if (whole.covered || opening !== undefined) return whole;
  return groundAnsweredSentence(kb, input, question) ?? whole;
}

/** Where one sentence of a question ends and the next begins: after its end mark, or a full stop before a capital. */
const SENTENCE_BREAK = /(?<=[。！？；!?;])|(?<=\.)\s+(?=\p{Lu})|\n+/u;
/** Sentences of a question looked at one by one, at most (each is grounded as a question of its own). */
const MAX_SENTENCES = 4;

/**
 * A question of several sentences the notes do not answer as a whole, where they fully answer one sentence
 * asked on its own and every other sentence speaks of nothing they know ("How do I stop a runaway query from
 * running forever? Is there a way to cap how long a statement may take?"). Asked together, the words of the
 * sentence they do not know dilute the one they answer (a sentence answered by several passages together is
 * judged on the whole question, see `decideCoverage`). It is grounded as that sentence, as a partial answer:
 * the rest is not answered from the notes. When another sentence names what the notes know without their
 * answering it ("git stash 怎么用？能暂存几份改动？"), the decline stands: the question is about what they lack.
 */
function groundAnsweredSentence(kb: KnowledgeBase, input: AskInput, question: string): Grounding | undefined {
  const sentences = question
    .split(SENTENCE_BREAK)
    .map((sentence) => sentence.trim())
    .filter((sentence) => /[\p{L}\p{N}]/u.test(sentence));
  if (sentences.length < 2 || sentences.length > MAX_SENTENCES) return undefined;
  let answered: Grounding | undefined;
  for (const sentence of sentences) {
    const part = groundText(kb, input, sentence);
    if (part.covered && part.coverage !== 'partial' && answered === undefined) answered = part;
    else if (part.covered || part.uncoveredReason === 'no-support' || (part.missing?.length ?? 0) > 0)
      return undefined;
  }
  // The learner's whole question stays the question (a model reads it); the passages are the sentence's.
  return answered && { ...answered, question, coverage: 'partial', missing: [] };
}

function groundText(kb: KnowledgeBase, input: AskInput, question: string): Grounding {
  const language = detectLanguage(question);
  const index = prepareIndex(kb);
  const typed = tokenize(question);
  const corrections = correctSpelling(index, question, typed, language, backgroundRarity(question));

  const own = linkQuestionToConcepts(kb, question, language);
  const followUp = resolveFollowUpSafely(kb, question, own, typed, input, language);
  const carried = followUp.concepts;
  const linked = [...own, ...carried];

  const terms = new Map<string, number>();
  for (const term of typed) {
    terms.set(term, 1);
    const corrected = corrections.get(term);
    if (corrected !== undefined)
      terms.set(corrected, Math.max(terms.get(corrected) ?? 0, CORRECTED_TERM_WEIGHT));
  }
  // A compound identifier typed whole (`no-cache`) also matches the passages that write it whole, beside its
  // words (which may be stop words, `no`, or everywhere, `cache`). Weighed more, it drowns what else the
  // question asks of it ("the inactive=60m part of that proxy_cache_path line").
  for (const compound of compoundTerms(question)) terms.set(compound, COMPOUND_TERM_WEIGHT);
  // A bigram straddling two of the question's words (`件用`, `用的`) is rarely what it asks about.
  const straddling = straddlingBigrams(question, typed);
  for (const term of straddling) if (terms.get(term) === 1) terms.set(term, STRADDLING_BIGRAM_SHARE);
  // A name written as one (`/proc/net/softnet_stat`, `net.core.netdev_budget`, `tcp_rmem`) is one word of the
  // question, however many index terms it splits into: its parts share one term's weight, so the name does not
  // outweigh, by its parts alone, the other words typed with it.
  for (const name of writtenAsOne(question)) {
    const parts = [...new Set(tokenize(name))].filter((term) => terms.get(term) === 1);
    if (parts.length < 2) continue;
    for (const part of parts) terms.set(part, 1 / parts.length);
  }
  if (followUp.elliptical) addContextTerms(index, language, terms, followUp.terms, followUp.termWeight);
  const translation = translateQuestion(index, question, language);
  for (const [term, weight] of translation.terms) if (!terms.has(term)) terms.set(term, weight);
  const query: QueryTerm[] = [...terms].map(([term, weight]) => ({ term, weight }));

  const wordedShape = detectQuestionShape(question, language);
  const pair = conceptPair(question, own, carried, followUp.elliptical, wordedShape);
  const path = pair ? findConceptPath(kb, pair[0], pair[1], language) : undefined;
  const shape = pair ? wordedShape : 'plain';

  const relationEvidence = new Map<string, number>();
  // A relation between two concepts counts as much as the less weighty of them (carried ones count little).
  const linkWeight = new Map<string, number>();
  for (const c of linked) linkWeight.set(c.id, Math.max(linkWeight.get(c.id) ?? 0, c.score));
  for (const relation of relationsAmong(kb, [...linkWeight.keys()], language)) {
    const weight = Math.min(linkWeight.get(relation.source) ?? 0, linkWeight.get(relation.target) ?? 0);
    for (const id of relation.evidence)
      relationEvidence.set(id, Math.max(relationEvidence.get(id) ?? 0, weight));
  }

  for (const step of path ?? []) for (const id of step.evidence) relationEvidence.set(id, 1);

  const weighted: WeightedConcept[] = linked.map((c) => ({
    id: c.id,
    weight: c.score * index.specificity(c.id),
  }));
  const related = relatedConcepts(index, linked);
  // "What is a container?" is answered by the passage that defines containers, even where they are a hub
  // of the notes mentioned everywhere (and so weigh little as a linked concept).
  const subjects = own.filter((c) => !index.isHub(c.id));
  const focus = subjects.length === 1 ? subjects : own.length === 1 ? own : [];
  const defining =
    wordedShape === 'plain' && asksForDefinition(question, language) ? focus.map((c) => c.id) : [];
  const aspect = detectQuestionAspect(question, language);
  const { candidates } = rankPassages(
    index,
    kb,
    {
      language,
      terms: query,
      linked: weighted,
      expanded: related,
      relationEvidence,
      defining,
      aspect,
    },
    MAX_GROUNDING_PASSAGES * 2,
  );

  const coverage = decideCoverage(index, {
    language,
    question,
    concepts: own,
    carried,
    elliptical: followUp.elliptical,
    corrections,
    translations: translation.byWord,
    aspect,
    candidates: candidates.slice(0, COVERAGE_CANDIDATES).map((c) => c.position),
  });

  const base = {
    question,
    language,
    concepts: linked.map(publicConcept),
    shape,
    followUp: followUp.elliptical,
    terms: [...terms.keys()].filter((term) => !corrections.has(term)),
    ...(straddling.size > 0 ? { straddling: [...straddling] } : {}),
    support: round(coverage.support),
  } satisfies Partial<Grounding>;
  const extent = coverage.partial
    ? { coverage: 'partial' as const, missing: coverage.missing ?? [] }
    : { coverage: 'full' as const };

  if (!coverage.covered) {
    const borderline =
      coverage.reason === 'no-support' ? bestPassages(index, kb, candidates, BORDERLINE_PASSAGES) : [];
    return {
      ...base,
      ...(borderline.length > 0 ? { borderline } : {}),
      ...(coverage.missing?.length ? { missing: coverage.missing } : {}),
      passages: [],
      relations: [],
      covered: false,
      uncoveredReason: coverage.reason ?? 'no-support',
      related: [],
      suggestions: suggestionsFor(kb, index, own, language),
    };
  }

  const passages = bestPassages(index, kb, candidates, MAX_GROUNDING_PASSAGES);

  const relatedLinks: LinkedConcept[] = related.map((c) => ({
    id: c.id,
    label: conceptLabel(kb, c.id, language),
    score: round(c.weight),
    matched: 'graph',
  }));
  return {
    ...base,
    ...extent,
    passages,
    relations: collectRelations(
      kb,
      linked.map((c) => c.id),
      related.slice(0, 4).map((c) => c.id),
      language,
    ),
    ...(pair && path ? { path: { from: pair[0], to: pair[1], relations: path } } : {}),
    covered: true,
    related: relatedLinks,
  };
}

/** The best candidates as grounding passages: one per original passage, at most `limit`. */
function bestPassages(
  index: TutorIndex,
  kb: KnowledgeBase,
  candidates: readonly { position: number; score: number }[],
  limit: number,
): Grounding['passages'] {
  const seenOriginals = new Set<string>();
  const passages: Grounding['passages'] = [];
  for (const candidate of candidates) {
    const passage = index.passages.passages[candidate.position];
    if (passage === undefined) continue;
    const originalId = kb.originalOf.get(passage.id);
    const key = originalId ?? passage.id;
    if (seenOriginals.has(key)) continue;
    seenOriginals.add(key);
    passages.push({ id: passage.id, score: round(candidate.score), ...(originalId ? { originalId } : {}) });
    if (passages.length >= limit) break;
  }
  return passages;
}

function resolveFollowUpSafely(
  kb: KnowledgeBase,
  question: string,
  own: ConceptLink[],
  typed: string[],
  input: AskInput,
  language: AnswerLanguage,
) {
  const history = Array.isArray(input.history) ? input.history : undefined;
  return resolveFollowUp(kb, question, own, typed, history, language);
}

/** A word in capitals, two to five letters ("UA", "COW"), as typed. */
const ACRONYM = /(?<![\p{L}\p{N}_-])\p{Lu}{2,5}(?![\p{L}\p{N}_-])/gu;

/** The notes' compound terms of two to five words (`user-agent`), by their initials (`ua`). */
const COMPOUNDS_BY_INITIALS = indexTable('compounds by initials', (_kb, { passages }) => {
  const byInitials = new Map<string, string[]>();
  for (const term of passages.terms) {
    const parts = term.split('-');
    if (parts.length < 2 || parts.length > 5 || !parts.every((part) => /^[a-z]+$/.test(part))) continue;
    const initials = parts.map((part) => part[0]).join('');
    const list = byInitials.get(initials);
    if (list === undefined) byInitials.set(initials, [term]);
    else list.push(term);
  }
  return byInitials;
});

/**
 * Spelling corrections of the question's terms the notes never use, to the notes' most frequent close term.
 * A word of the language is no misspelling, whatever notes term it is close to: "count" is not "mount"; but a
 * word rare in the language may be a derivation of a word of the notes (`monadic`, `Monad`). An acronym typed
 * in capitals (`UA`) is read as the compound of the notes whose initials it is (`User-Agent`, the most widely
 * used when several are): "varying on the UA string" is about the notes' `Vary: User-Agent`. Only a compound
 * the notes write whole (`user-agent`, `copy-on-write`), two to five words, so an acronym is never stretched
 * over words that merely follow each other.
 */
function correctSpelling(
  index: TutorIndex,
  question: string,
  typed: readonly string[],
  language: AnswerLanguage,
  words: QuestionWords,
): Map<string, string> {
  const frequency = (term: string) => documentFrequency(index.passages, language, term);
  const mostUsed = (terms: Iterable<string>) => {
    let best: string | undefined;
    for (const term of terms) if (frequency(term) > (best === undefined ? 0 : frequency(best))) best = term;
    return best;
  };
  const corrections = new Map<string, string>();
  for (const term of new Set(typed)) {
    if (frequency(term) > 0) continue;
    const surface = words.surface([term]);
    const zipf = /^\p{Script=Latn}+$/u.test(surface) ? backgroundZipf(surface, 'en') : 0;
    const corrected =
      (zipf === 0 ? mostUsed(index.spelling.suggest(term)) : undefined) ??
      (zipf < RARE_ZIPF ? derivationBase(surface, (stem) => frequency(stem) > 0) : undefined);
    if (corrected !== undefined) corrections.set(term, corrected);
  }
  for (const [acronym] of question.normalize('NFKC').matchAll(ACRONYM)) {
    const term = acronym.toLowerCase();
    // A query term the notes never use, not a stop word shouted ("WHAT IS…").
    if (!typed.includes(term) || frequency(term) > 0) continue;
    const compound = mostUsed(index.table(COMPOUNDS_BY_INITIALS).get(term) ?? []);
    if (compound !== undefined) corrections.set(term, compound);
  }
  return corrections;
}

/**
 * The notes' word an English derivation they never write is made from (`monadic` → `monad`): the word less a
 * derivational suffix, stemmed, when the notes use it; four letters of it at least. Only for a word no frequency
 * list has or one rare in the language (a term): `logic` is no derivation of `log`.
 */
function derivationBase(surface: string, inNotes: (stem: string) => boolean): string | undefined {
  if (!/^\p{Script=Latn}+$/u.test(surface)) return undefined;
  const word = surface.toLowerCase();
  for (const suffix of DERIVATIONAL_SUFFIXES) {
    if (!word.endsWith(suffix) || word.length - suffix.length < 4) continue;
    const stem = stemEnglish(word.slice(0, -suffix.length));
    if (inNotes(stem)) return stem;
  }
  return undefined;
}

/** English derivational suffixes, longest first: adjectives and nouns made of another word. */
const DERIVATIONAL_SUFFIXES = ['ically', 'ical', 'ally', 'ness', 'ity', 'ic', 'al', 'ive', 'ous'];

/**
 * Adds the earlier turn's terms to a follow-up's query, scaled so that together they weigh at most
 * {@link HISTORY_SHARE} of what the question's own terms weigh (IDF mass): context disambiguates, it does
 * not take over ("那host模式呢？" after a bridge question is still about host mode).
 */
function addContextTerms(
  index: TutorIndex,
  language: AnswerLanguage,
  terms: Map<string, number>,
  context: readonly string[],
  weight: number,
): void {
  const idf = (term: string) => idfInView(index.passages, language, term);
  const added = [...new Set(context)].filter((term) => !terms.has(term));
  const own = [...terms].reduce((sum, [term, w]) => sum + w * idf(term), 0);
  const carried = added.reduce((sum, term) => sum + weight * idf(term), 0);
  const scale = own > 0 && carried > HISTORY_SHARE * own ? (HISTORY_SHARE * own) / carried : 1;
  for (const term of added) terms.set(term, weight * scale);
}

/** What joins the two sides of a comparison or a relation: "A and B", "A vs B", "A 和 B", "A 与 B", "A 比 B"… */
const JOINS_SIDES = /\b(?:and|or|vs\.?|versus|from|to|with)\b|和|与|跟|同|及|还是|比|对比|相比|vs/iu;

function conceptPair(
  question: string,
  own: readonly ConceptLink[],
  carried: readonly ConceptLink[],
  elliptical: boolean,
  shape: 'comparison' | 'relation' | 'plain',
): [string, string] | undefined {
  if (shape === 'plain') return undefined;
  // The sides are the two names on either side of what joins them ("Node's child_process.fork() and the plain
  // POSIX fork": not Node, which only says whose fork it is); else the first two the question names.
  for (let i = 0; i + 1 < own.length; i++) {
    const a = own[i] as ConceptLink;
    const b = own[i + 1] as ConceptLink;
    const between = question.slice(a.position + a.matched.length, b.position);
    if (a.position >= 0 && b.position > a.position && JOINS_SIDES.test(between)) return [a.id, b.id];
  }
  const first = own[0];
  const second = own[1];
  if (first && second) return [first.id, second.id];
  const previous = carried[0];
  if (first && previous && elliptical) return [previous.id, first.id];
  // "它们有什么区别？": the two topics the conversation went through (see `resolveFollowUp`).
  const next = carried[1];
  if (!first && previous && next && elliptical) return [previous.id, next.id];
  return undefined;
}

function relationsAmong(
  kb: KnowledgeBase,
  ids: readonly string[],
  language: AnswerLanguage,
): { source: string; target: string; evidence: readonly string[] }[] {
  const relations: { source: string; target: string; evidence: readonly string[] }[] = [];
  for (const a of ids) {
    for (const b of ids) {
      if (a === b || !kb.graph.hasNode(a) || !kb.graph.hasNode(b)) continue;
      for (const edge of kb.graph.outEdges(a, b)) {
        relations.push({ source: a, target: b, evidence: edgeEvidence(kb, edge, language) });
      }
    }
  }
  return relations;
}

function relatedConcepts(index: TutorIndex, linked: readonly ConceptLink[]): WeightedConcept[] {
  if (linked.length === 0) return [];
  const seeds = new Map<string, number>();
  for (const link of linked) seeds.set(link.id, Math.max(seeds.get(link.id) ?? 0, link.score));
  const ranked = expandConcepts(index, seeds, seeds.size + MAX_RELATED).filter(([id]) => !seeds.has(id));
  const best = ranked[0]?.[1] ?? 0;
  if (best <= 0) return [];
  return ranked
    .slice(0, MAX_RELATED)
    .map(([id, score]) => ({ id, weight: (score / best) * index.specificity(id) }));
}

function suggestionsFor(
  kb: KnowledgeBase,
  index: TutorIndex,
  own: readonly ConceptLink[],
  language: AnswerLanguage,
): { id: string; label: string }[] {
  const ids: string[] = [];
  for (const link of own) if (index.specificity(link.id) >= 0.3) ids.push(link.id);
  for (const id of index.centralConcepts) if (!ids.includes(id)) ids.push(id);
  return ids.slice(0, 5).map((id) => ({ id, label: conceptLabel(kb, id, language) }));
}

function publicConcept(link: ConceptLink): LinkedConcept {
  return { id: link.id, label: link.label, score: round(link.score), matched: link.matched };
}

function round(value: number): number {
  return Math.round(value * 1e4) / 1e4;
}
