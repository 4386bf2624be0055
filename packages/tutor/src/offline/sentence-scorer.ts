import type { KnowledgeBase } from '@notetutor/graph';
import type { Passage } from '@notetutor/notes';
import { indexTable } from '../grounding/index-table';
import type { AnswerLanguage } from '../grounding/passage-index';
import { prepareIndex } from '../grounding/prepare-index';
import { idfInView } from '../grounding/score-bm25';
import { containsTerm } from '../text/contains-term';
import { normalizeForSearch } from '../text/normalize-for-search';
import type { AnswerContext } from './answer-context';

/** Score a sentence earns for naming one of the question's concepts (about one rare term's IDF). */
const CONCEPT_MENTION_SCORE = 2;
/** Score a sentence earns for naming a concept graph expansion found close to the question's. */
const RELATED_MENTION_SCORE = 0.5;

/**
 * How well a unit (sentence or clause) of a passage answers the question, for `chooseQuote`: the IDF of the
 * question's terms it contains, plus 2 per concept of `focus` it names (a hub of the notes only in a
 * comparison or relation question) and 0.5 when it names a concept graph expansion found (once, however many it
 * names; never when the question names hubs only).
 *
 * @example
 * chooseQuote(passage, sentenceScorer(context, ['cgroups'], passage));
 */
export function sentenceScorer(
  context: AnswerContext,
  focus: readonly string[],
  passage: Passage,
): (text: string, start: number, end: number) => number {
  const index = prepareIndex(context.kb);
  // A hub of the notes (`Docker` in Docker notes) is named nearly everywhere: naming it says nothing about
  // whether a sentence answers the question (its words still count by their IDF), unless the question asks
  // how it relates to or differs from another concept, when a sentence naming both sides is the answer.
  const plain = (context.grounding.shape ?? 'plain') === 'plain';
  const named = plain ? focus.filter((id) => !index.isHub(id)) : focus;
  // The neighbours graph expansion reached from hubs alone are as common as the hubs: they say nothing either.
  const related =
    focus.length > 0 && named.length === 0
      ? []
      : (context.grounding.related ?? []).map((c) => c.id).filter((id) => !focus.includes(id));
  const folded = foldedText(index.table(FOLDED_TEXTS), passage);
  return (text, start, end) => {
    let score = 0;
    const unit = folded === undefined ? normalizeForSearch(text) : folded.slice(start, end);
    for (const [term, weight] of context.weights) if (containsTerm(unit, term)) score += weight;
    for (const id of named) if (context.names(passage, start, end, id)) score += CONCEPT_MENTION_SCORE;
    // As in ranking, expansion breaks ties: a sentence listing many neighbours is not more about the question.
    for (const id of related) {
      if (context.names(passage, start, end, id)) {
        score += RELATED_MENTION_SCORE;
        break;
      }
    }
    return score;
  };
}

const FOLDED_TEXTS = indexTable('folded passage texts', () => new Map<Passage, string | null>());

/**
 * A passage's text folded for matching (`normalizeForSearch`), once per passage, when folding keeps its
 * length (it does unless the text has characters that NFKC or lower-casing expand or merge, such as `㎏`),
 * so that a unit's folded text is a slice of it; else undefined, and units are folded one by one.
 */
function foldedText(foldedTexts: Map<Passage, string | null>, passage: Passage): string | undefined {
  let folded = foldedTexts.get(passage);
  if (folded === undefined) {
    const text = normalizeForSearch(passage.text);
    folded = text.length === passage.text.length ? text : null;
    foldedTexts.set(passage, folded);
  }
  return folded ?? undefined;
}

/**
 * The weights `sentenceScorer` gives the question's terms: their IDF in the answer language's view, for the
 * terms the notes use at all.
 *
 * @example
 * weighTerms(kb, 'zh', ['容器', '网络']); // Map { '容器' => 0.1, '网络' => 0.9 }
 */
export function weighTerms(
  kb: KnowledgeBase,
  language: AnswerLanguage,
  terms: readonly string[],
): Map<string, number> {
  const index = prepareIndex(kb);
  const weights = new Map<string, number>();
  for (const term of terms) {
    const idf = idfInView(index.passages, language, term);
    if (idf > 0) weights.set(term, idf);
  }
  return weights;
}
