import type { Turn } from '@notetutor/contracts';
import type { KnowledgeBase } from '@notetutor/graph';
import { tokenize } from '../text/tokenize';
import { detectQuestionShape } from './detect-question-shape';
import { type ConceptLink, linkQuestionToConcepts } from './link-question-to-concepts';
import type { AnswerLanguage } from './passage-index';

/** What an elliptical question borrows from the conversation before it. */
export interface FollowUpContext {
  /** True when the question leans on earlier turns ("and in host mode?", "它能限制哪些资源？"). */
  elliptical: boolean;
  /** Concepts of the most recent user turn that had any, weighted for this question. */
  concepts: ConceptLink[];
  /** Index terms of that turn, except those of the words naming its concepts: the aspect it asked about. */
  terms: string[];
  /** How much those terms count in retrieval: less when the question names its own concepts. */
  termWeight: number;
}

const ENGLISH_ANAPHOR = /\b(?:it|its|it's|they|them|their|this|that|these|those|the former|the latter)\b/i;
const ENGLISH_CONTINUATION = /^\s*(?:and|also|but|so|then|or|what about|how about|what if|same for)\b/i;
const CHINESE_ANAPHOR = /它|他们|它们|其|这个|那个|这种|那种|这些|那些|该|^\s*这|前者|后者/u;
const CHINESE_CONTINUATION = /^\s*(?:那|那么|还有|另外|而|并且|以及|再|还|同样)|呢\s*[?？]?\s*$/u;

/** How many user turns back a follow-up may reach for its topic. */
const MAX_TURNS_BACK = 3;
/**
 * History concepts count fully when the question names none itself ("它能限制哪些资源？"); when it names its
 * own ("那host模式呢？") they only disambiguate, and must not pull answers back to the previous topic.
 */
const CARRIED_WEIGHT_ALONE = 1;
const CARRIED_WEIGHT_WITH_OWN = 0.2;
/** Weight of the earlier turn's terms in retrieval, likewise. */
const HISTORY_TERM_WEIGHT_ALONE = 0.3;
const HISTORY_TERM_WEIGHT_WITH_OWN = 0.2;

/**
 * Decides whether a question is a follow-up and, if so, what it is about: a question is elliptical when
 * it points back (`it`, `它`, `这个`), continues (`and …?`, `那…呢？`) or names no concept and has at most
 * three content terms. Its topic is then the concepts of the most recent user turn that had any (the
 * turn's `concepts` ids when the client kept them, else linked from its text).
 *
 * @example
 * resolveFollowUp(kb, '那host模式呢？', [], ['host', '模式'], history, 'zh').concepts; // the bridge-mode concepts
 */
export function resolveFollowUp(
  kb: KnowledgeBase,
  question: string,
  ownConcepts: readonly ConceptLink[],
  ownTerms: readonly string[],
  history: readonly Turn[] | undefined,
  language: AnswerLanguage,
): FollowUpContext {
  const none: FollowUpContext = { elliptical: false, concepts: [], terms: [], termWeight: 0 };
  const userTurns = (history ?? []).filter((turn) => turn.role === 'user' && turn.content.trim().length > 0);
  if (userTurns.length === 0) return none;

  const pointsBack =
    language === 'zh'
      ? CHINESE_ANAPHOR.test(question) || CHINESE_CONTINUATION.test(question)
      : ENGLISH_ANAPHOR.test(question) || ENGLISH_CONTINUATION.test(question);
  const bare = ownConcepts.length === 0 && new Set(ownTerms).size <= 3;
  if (!pointsBack && !bare) return none;

  const weight = ownConcepts.length === 0 ? CARRIED_WEIGHT_ALONE : CARRIED_WEIGHT_WITH_OWN;
  const termWeight = ownConcepts.length === 0 ? HISTORY_TERM_WEIGHT_ALONE : HISTORY_TERM_WEIGHT_WITH_OWN;
  const own = new Set(ownConcepts.map((c) => c.id));
  const recent = userTurns.slice(-MAX_TURNS_BACK).reverse();
  for (const [back, turn] of recent.entries()) {
    let concepts = turnConcepts(kb, turn, language).filter((c) => !own.has(c.id));
    if (concepts.length === 0) continue;
    // "它们有什么区别？" after asking about bridge mode, then host mode: the two sides are the topics of the
    // last two turns, not two concepts of the last one.
    if (ownConcepts.length === 0 && detectQuestionShape(question, language) !== 'plain') {
      const earlier = earlierTopic(kb, recent.slice(back + 1), language, new Set(concepts.map((c) => c.id)));
      if (earlier !== undefined) concepts = [earlier, ...concepts];
    }
    // The words that named the earlier concepts are carried as those concepts; what is left says which
    // aspect was asked about ("reach it from outside"), and that is what the terms should carry.
    const conceptWords = new Set(concepts.flatMap((c) => c.terms));
    return {
      elliptical: true,
      concepts: concepts.map((c) => ({ ...c, score: c.score * weight, matched: 'history', position: -1 })),
      terms: tokenize(turn.content).filter((term) => !conceptWords.has(term)),
      termWeight,
    };
  }
  const last = userTurns.at(-1);
  return { elliptical: true, concepts: [], terms: last ? tokenize(last.content) : [], termWeight };
}

/** The first concept of the most recent of `turns` that names one not in `exclude`. */
function earlierTopic(
  kb: KnowledgeBase,
  turns: readonly Turn[],
  language: AnswerLanguage,
  exclude: ReadonlySet<string>,
): ConceptLink | undefined {
  for (const turn of turns) {
    const concepts = turnConcepts(kb, turn, language);
    if (concepts.length === 0) continue;
    const first = concepts[0] as ConceptLink;
    return exclude.has(first.id) ? undefined : first;
  }
  return undefined;
}

function turnConcepts(kb: KnowledgeBase, turn: Turn, language: AnswerLanguage): ConceptLink[] {
  const known = (turn.concepts ?? []).filter((id) => kb.graph.hasNode(id));
  if (known.length > 0) {
    return known.map((id) => {
      const attributes = kb.graph.getNodeAttributes(id);
      return {
        id,
        label: language === 'zh' ? attributes.labelZh : attributes.labelEn,
        score: 1,
        matched: 'history',
        terms: [],
        position: -1,
        fuzzy: false,
      };
    });
  }
  return linkQuestionToConcepts(kb, turn.content, language);
}
