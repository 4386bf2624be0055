import type { Answer, ConceptRef } from '@notetutor/contracts';
import type { KnowledgeBase } from '@notetutor/graph';
import { isChineseVerb } from '@notetutor/lexicon';
import type { Passage } from '@notetutor/notes';
import { conceptLabel } from '../grounding/concept-label';
import { detectQuestionAspect } from '../grounding/detect-question-aspect';
import { withoutHeadingNumber } from '../grounding/heading-context';
import { passageInLanguage } from '../grounding/passage-in-language';
import type { AnswerLanguage } from '../grounding/passage-index';
import { isLeadIn, isListEntry, type PassageStructure } from '../grounding/passage-index';
import { prepareIndex } from '../grounding/prepare-index';
import { type QuestionClause, questionClauses } from '../grounding/question-clauses';
import { containsTerm } from '../text/contains-term';
import { normalizeForSearch } from '../text/normalize-for-search';
import { segmentWords } from '../text/scan-text';
import { STRADDLING_BIGRAM_SHARE, straddlingBigrams } from '../text/straddling-bigrams';
import { tokenize } from '../text/tokenize';
import type { Grounding } from '../types';
import type { AnswerContext } from './answer-context';
import { chooseQuote, MAX_QUOTE_CHARS, QUOTE_UNITS, type Quote } from './choose-quote';
import { composeDecline } from './compose-decline';
import { composePath } from './compose-path';
import { composeRelations } from './compose-relations';
import { conceptPhrase } from './concept-phrase';
import {
  checkboxMark,
  createCitationRegistry,
  itemIndents,
  itemMarker,
  leadsSiblings,
} from './create-citation-registry';
import { escapeMarkdown, formatStatement } from './format-statement';
import { joinLabels } from './join-labels';
import { type ParallelFacts, parallelFacts } from './parallel-facts';
import { sentenceScorer, weighTerms } from './sentence-scorer';
import { suggestFollowUps } from './suggest-follow-ups';

/** Passages the direct answer quotes at most. */
const MAX_ANSWER_PASSAGES = 3;
/** A further passage joins the direct answer when its best quote scores at least this share of the first's… */
const SUPPORTING_QUOTE_SHARE = 0.45;
/** …and its ranking score at least this share of the best passage's. */
const SUPPORTING_RANK_SHARE = 0.5;
/** A passage ranked this close to the best joins whatever its best quote scores. */
const NEAR_TIE_SHARE = 0.8;
/** Characters of quoted text the direct answer stops adding passages after. */
const DIRECT_ANSWER_BUDGET = { zh: 320, en: 700 } as const;

/**
 * The offline engine: composes an answer from the notes alone, in the question's language. A direct
 * answer first, quoting the best sentences of the best passages, each followed by its citation mark; for
 * a comparison, what the notes say about each side; for "how does A lead to B", the chain of relations
 * between them; then how the question's concepts relate, phrased from the graph's relations and each
 * cited to a sentence of the notes that names both ends. Every statement is a sentence (or clause) of a
 * cited passage or a relation that passage states. Not covered → a polite refusal (`grounded: false`).
 *
 * @example
 * const answer = composeOfflineAnswer(kb, groundQuestion(kb, { question: 'What do cgroups do?' }));
 * answer.citations[0]?.original?.id; // 'docker-concepts.zh#2.3'
 */
export function composeOfflineAnswer(kb: KnowledgeBase, grounding: Grounding): Answer {
  const passages = grounding.passages
    .map((ranked) => kb.passages.get(ranked.id))
    .filter((p): p is Passage => p !== undefined);
  if (!grounding.covered || passages.length === 0) return composeDecline(grounding, kb);

  const language = grounding.language;
  const index = prepareIndex(kb);
  const context: AnswerContext = {
    kb,
    grounding,
    language,
    aspect: detectQuestionAspect(grounding.question, language),
    registry: createCitationRegistry(kb),
    weights: questionWeights(kb, grounding),
    names: (passage, start, end, id) => {
      for (const m of index.mentions(index.passages.position.get(passage.id) ?? -1)) {
        if (m.id === id && m.start >= start && m.end <= end) return true;
      }
      return false;
    },
    said: new Map(),
  };
  const focus = grounding.concepts.map((c) => c.id);
  const covered = new Set(focus);
  const blocks: string[] = [];

  // The two sides of a comparison: the ends of the path between them, or, when the graph joins them by no
  // path (two concepts the notes only put side by side), the first two concepts the question names.
  const named = grounding.concepts.filter((c) => c.matched !== 'history');
  const pair = grounding.path
    ? ([grounding.path.from, grounding.path.to] as const)
    : named.length >= 2
      ? ([named[0]?.id as string, named[1]?.id as string] as const)
      : undefined;
  const comparison =
    grounding.shape === 'comparison' && pair ? composeComparison(context, passages, pair) : [];
  if (comparison.length > 0) {
    for (const block of comparison) blocks.push(block);
    for (const id of pair ?? []) covered.add(id);
  } else {
    for (const block of composeDirectAnswer(context, passages, focus)) blocks.push(block);
  }

  // A chain of relations is worth its own numbered block; a single step is one relation among the others.
  const pathSteps = grounding.shape === 'relation' && pair ? (grounding.path?.relations ?? []) : [];
  const pathBlock = pathSteps.length > 1 && pair ? composePath(context, pair, pathSteps) : undefined;
  if (pathBlock) {
    blocks.push(pathBlock);
    for (const step of pathSteps) covered.add(step.source).add(step.target);
  }
  const relationBlock = composeRelations(
    context,
    pathBlock ? pathSteps : [],
    pathSteps.length === 1 ? pathSteps : [],
  );
  if (relationBlock) {
    blocks.push(relationBlock.text);
    for (const id of relationBlock.concepts) covered.add(id);
  }

  // What the quotes talk about is covered too: no "how do Cgroups and CPU relate?" under an answer saying so.
  for (const [id, spans] of context.said) {
    for (const m of index.mentions(index.passages.position.get(id) ?? -1)) {
      if (spans.some(([start, end]) => m.start >= start && m.end <= end)) covered.add(m.id);
    }
  }

  const concepts: ConceptRef[] = [];
  for (const id of [...focus, ...(grounding.related ?? []).slice(0, 3).map((c) => c.id)]) {
    if (!concepts.some((c) => c.id === id)) concepts.push({ id, label: conceptLabel(kb, id, language) });
  }
  const firstPassage = passages[0];
  const fallbackAnchors = firstPassage ? (kb.passageConcepts.get(originalOf(kb, firstPassage.id)) ?? []) : [];
  const partial = grounding.coverage === 'partial';
  const citations = context.registry.citations();
  // Quotes in the other language (Chinese notes asked in English) are shown as written, and said to be. The
  // notes' language is their file's: a Chinese line full of identifiers (`appendfsync 策略`) is not English notes.
  const fileLang = new Map(kb.documents.map((d) => [d.file, d.lang]));
  const foreign = citations.some((c) => {
    const passage = kb.passages.get(c.id);
    return passage !== undefined && (fileLang.get(passage.file) ?? passage.lang) !== language && !c.original;
  });
  if (foreign) blocks.unshift(otherLanguageNote(language));
  if (partial) blocks.unshift(partialCoverageNote(grounding.missing ?? [], language));
  return {
    answer: blocks.join('\n\n'),
    grounded: true,
    engine: 'offline',
    citations,
    concepts,
    followUps: suggestFollowUps(kb, grounding, covered, fallbackAnchors),
    language,
    coverage: partial ? 'partial' : 'full',
    ...(partial ? { missing: grounding.missing ?? [] } : {}),
  };
}

/**
 * The question's terms as the answer weighs them (their IDF, `weighTerms`); a Chinese bigram straddling two of
 * its words counts {@link STRADDLING_BIGRAM_SHARE} of it, as in ranking: "我们知道并发控制常用的是锁" shares only
 * `用的是` with "…用的是 name 这种普通列上的索引…" and adds nothing to the answer.
 */
function questionWeights(kb: KnowledgeBase, grounding: Grounding): Map<string, number> {
  const weights = weighTerms(kb, grounding.language, grounding.terms ?? tokenize(grounding.question));
  for (const term of grounding.straddling ?? straddlingBigrams(grounding.question)) {
    const weight = weights.get(term);
    if (weight !== undefined) weights.set(term, weight * STRADDLING_BIGRAM_SHARE);
  }
  return weights;
}

/** Says that the quotes below are in the notes' own language, not the question's. */
export function otherLanguageNote(language: 'zh' | 'en'): string {
  return language === 'zh'
    ? '你的笔记这部分是用英文写的，下面按原文引用。'
    : 'Your notes on this are in Chinese; the quotes below are as written there.';
}

/** Says plainly, before a partial answer, what the notes do not cover. */
export function partialCoverageNote(missing: readonly string[], language: 'zh' | 'en'): string {
  const named = missing.slice(0, 3);
  if (language === 'zh') {
    const list = named.map((word) => `“${word}”`).join('、');
    return named.length > 0
      ? `你的笔记没有讲到${list}，只能回答一部分。下面是笔记里相关的内容。`
      : '你的笔记只讲到了这个问题的一部分。下面是笔记里相关的内容。';
  }
  const list = named.map((word) => `“${word}”`);
  const joined = list.length > 1 ? `${list.slice(0, -1).join(', ')} or ${list.at(-1)}` : (list[0] ?? '');
  return named.length > 0
    ? `Your notes don't say anything about ${joined}, so this answers only part of the question. Here is what they do say.`
    : 'Your notes answer only part of this question. Here is what they do say.';
}

function composeDirectAnswer(
  context: AnswerContext,
  passages: readonly Passage[],
  focus: readonly string[],
): string[] {
  const { grounding, language } = context;
  const clauses = questionClauses(grounding.question);
  const own = askedAbout(
    clauses,
    grounding.concepts.filter((c) => c.matched !== 'history'),
  );
  const carried = grounding.concepts.filter((c) => c.matched === 'history');
  // A lead names at most three concepts: a follow-up may carry many from the turn it continues.
  const bold = (concepts: { id: string }[]) =>
    joinLabels(
      concepts.slice(0, 3).map((c) => boldPhrase(context, c.id)),
      language,
    );
  let lead: string;
  if (own.length > 0) {
    lead =
      language === 'zh'
        ? `关于${bold(own)}，你的笔记是这样说的：`
        : `Here's what your notes say about ${bold(own)}:`;
  } else if (carried.length > 0) {
    lead =
      language === 'zh'
        ? `接着说${bold(carried)}，笔记里是这样写的：`
        : `Continuing with ${bold(carried)}, your notes say:`;
  } else lead = language === 'zh' ? '你的笔记里是这样说的：' : "Here's what your notes say:";

  const scorer = (passage: Passage) => sentenceScorer(context, focus, passage);
  const { aspect } = context;
  const quotedUnits = new Set<string>();
  const quotedTexts = new Set<string>();
  const paragraphs: string[] = [];
  const topScore = grounding.passages[0]?.score ?? 0;
  const ranked = afterWhatIsAsked(
    context,
    clauses,
    passages.map((passage, rank) => ({ passage, score: grounding.passages[rank]?.score ?? 0 })),
  );
  // "Why…?": the passage the notes label as the reason ("Why - …") comes first, if it ranks among the answers.
  const index = prepareIndex(context.kb);
  const reason =
    aspect === 'why'
      ? ranked.findIndex(
          ({ passage, score }) =>
            score >= topScore * SUPPORTING_RANK_SHARE &&
            index.answersAspect(index.passages.position.get(passage.id) ?? -1, 'why'),
        )
      : -1;
  if (reason > 0) ranked.unshift(...ranked.splice(reason, 1));
  let first: Quote | undefined;
  // The question's terms the quotes so far hold, and the weight of the heaviest.
  const said = new Set<string>();
  let heaviestSaid = 0;
  const shown = new Set<string>();
  let used = 0;
  // The first quote read as numbered steps, with its plain rendering for when a list of the notes comes after it.
  let numbered: { at: number; plain: string } | undefined;
  let listQuoted = false;
  for (const [rank, { passage, score: rankScore }] of ranked.slice(0, MAX_ANSWER_PASSAGES + 1).entries()) {
    if (paragraphs.length >= MAX_ANSWER_PASSAGES || used >= DIRECT_ANSWER_BUDGET[language]) break;
    if (rank > 0 && rankScore < topScore * SUPPORTING_RANK_SHARE) continue;
    // A passage an earlier paragraph quotes is not quoted again, unless it leads items nested under it that no
    // paragraph quotes yet (an item of a list that leads a list of its own); a unit quotes its items up to the
    // first one already quoted (two steps of one list, each quoted with the steps after it).
    const whole = withoutShownSubject(unitOf(context, passage), shown);
    const leadsNew =
      whole?.items.some((item) => item.parentId === whole.lead.id && !shown.has(item.id)) === true;
    if ((shown.has(passage.id) || (whole !== undefined && shown.has(whole.lead.id))) && !leadsNew) continue;
    const found = whole && withoutShown(whole, passage, shown);
    if (found === undefined && shown.has(passage.id)) continue;
    const chosen = chooseQuote(passage, scorer(passage), {
      memo: index.table(QUOTE_UNITS),
    });
    // A closing sentence that announces what comes next (`如果上面的二叉查找树是这样的构造：`) says nothing when
    // what it announces is not quoted with it (an image, a list elsewhere): leave it out, and a quote that
    // is nothing but such a sentence.
    const quote = found === undefined ? withoutAnnouncement(chosen) : chosen;
    if (quote === undefined) continue;
    const nearTie = rankScore >= topScore * NEAR_TIE_SHARE || (reason >= 0 && rank === 0);
    // A quote far below the first still serves when it says a word of the question that no quote before it
    // says, one about as specific as those they say ("range" in "Can the adaptive hash index speed up range
    // queries?", after a definition of the index that says "speed up queries").
    const terms = termsIn(context, quote.text);
    const adds = terms.some(
      ([term, weight]) => !said.has(term) && weight >= heaviestSaid * SUPPORTING_QUOTE_SHARE,
    );
    if (first !== undefined && !nearTie && !adds && quote.score < first.score * SUPPORTING_QUOTE_SHARE)
      continue;
    // Two passages of one unit (a lead-in and one of its items) are quoted once.
    const lead = found?.lead ?? passage;
    if (quotedUnits.has(lead.id)) continue;
    // Notes that repeat a sentence word for word in two places (a rule stated under two headings) say it once.
    const words = found === undefined ? sameWords(quote.text) : undefined;
    if (words !== undefined && quotedTexts.has(words)) continue;
    if (words !== undefined) quotedTexts.add(words);
    quotedUnits.add(lead.id);
    const isFirst = first === undefined;
    first ??= quote;
    for (const [term, weight] of terms) {
      said.add(term);
      heaviestSaid = Math.max(heaviestSaid, weight);
    }
    const unit = renderUnit(context, passage, found ?? null);
    shown.add(passage.id);
    if (found !== undefined)
      for (const shownPassage of [found.lead, ...found.items]) shown.add(shownPassage.id);
    used += unit === undefined ? quote.text.length : readingLength(found, passage, unit.length, language);
    // "Explain step by step how…": the best quote's clauses, in the notes' order, as numbered steps.
    const steps =
      unit === undefined && isFirst && aspect === 'steps' ? renderSteps(context, passage, quote) : undefined;
    if (steps !== undefined)
      numbered = { at: paragraphs.length, plain: renderQuote(context, passage, quote) };
    if (!isFirst && (found?.items.length ?? 0) > 1) listQuoted = true;
    paragraphs.push(
      unit ?? steps ?? `${headingSubject(context, passage, quote)}${renderQuote(context, passage, quote)}`,
    );
  }
  // The steps are the list the notes write out further down: a passage's sentences numbered above it would be
  // steps the notes never gave.
  if (numbered !== undefined && listQuoted) paragraphs[numbered.at] = numbered.plain;
  return [lead, ...paragraphs];
}

/**
 * The passages in rank order, except that those matching only words of what the learner tells come after those
 * that say a word of what they ask: in "My NIC raises a hard IRQ and the CPU runs the handler. What does NAPI
 * poll data from?" the step that restates the telling sentence is context the learner has, not the answer.
 * Only when the learner marks what they ask (see `questionClauses`); a passage saying neither keeps its place.
 */
function afterWhatIsAsked<T extends { passage: Passage }>(
  context: AnswerContext,
  clauses: readonly QuestionClause[],
  ranked: T[],
): T[] {
  if (clauses.every((clause) => clause.asks)) return ranked;
  const asked = new Set<string>();
  const told = new Set<string>();
  for (const clause of clauses) {
    for (const term of tokenize(clause.text))
      if (context.weights.has(term)) (clause.asks ? asked : told).add(term);
  }
  for (const term of asked) told.delete(term);
  if (asked.size === 0 || told.size === 0) return ranked;
  const says = ranked.map(({ passage }) => {
    const terms = termsIn(context, passage.text).map(([term]) => term);
    return { asked: terms.some((term) => asked.has(term)), told: terms.some((term) => told.has(term)) };
  });
  // Nothing speaks to what is asked: the order stands.
  if (!says.some((say) => say.asked)) return ranked;
  const toldOnly = (i: number) => (says[i]?.told ?? false) && !says[i]?.asked;
  return [...ranked.filter((_, i) => !toldOnly(i)), ...ranked.filter((_, i) => toldOnly(i))];
}

/**
 * The concepts the learner asks about, when they mark what they ask and name a concept there: the answer's lead
 * names NAPI, not the NIC and the IRQ they told about, in "My NIC raises a hard IRQ. Where does NAPI poll data
 * from?". Else all of them.
 */
function askedAbout<T extends { matched: string }>(clauses: readonly QuestionClause[], concepts: T[]): T[] {
  if (clauses.every((clause) => clause.asks)) return concepts;
  const asked = clauses.filter((clause) => clause.asks).map((clause) => normalizeForSearch(clause.text));
  const named = concepts.filter((c) => {
    const matched = normalizeForSearch(c.matched);
    return matched !== '' && asked.some((text) => text.includes(matched));
  });
  return named.length > 0 ? named : concepts;
}

/** An English sentence that opens with its verb: its subject is the heading over it (`### Atomicity` › "is…"). */
const OPENS_WITH_VERB_EN =
  /^(?:is|are|was|were|can|could|will|would|should|must|may|might|has|have|had|does|do|did|means|refers to)\b/u;

/**
 * The label a quote needs when the notes leave its subject to the heading over it (`### 原子性` › "是使用 undo log
 * 来实现的…"): the heading, bold, before the quote; empty when the quote names its own subject. Only for the
 * first passage under its heading, quoted from its start, opening with a verb.
 */
function headingSubject(context: AnswerContext, passage: Passage, quote: Quote): string {
  if (quote.start !== 0 || passage.kind === 'code') return '';
  const title = withoutHeadingNumber(passage.headingPath.at(-1) ?? '');
  if (title === '' || /[?？]$/u.test(title)) return '';
  const index = prepareIndex(context.kb);
  const before = index.passages.passages[(index.passages.position.get(passage.id) ?? 0) - 1];
  if (before !== undefined && before.sectionId === passage.sectionId && before.file === passage.file)
    return '';
  const text = passage.text.trim();
  const firstWord = passage.lang === 'zh' ? (segmentWords(text.slice(0, 12))[0] ?? '') : '';
  const opensWithVerb =
    passage.lang === 'zh'
      ? /\p{Script=Han}/u.test(firstWord) && isChineseVerb(firstWord)
      : OPENS_WITH_VERB_EN.test(text);
  // A quote that names the heading, or one of the names it joins (`并行/并发`), has its subject.
  const quoted = normalizeForSearch(quote.text);
  const names = title
    .split(/[/、,，&]|\s+(?:and|vs\.?)\s+|[和与及]|\s*[(（]/u)
    .map((name) => normalizeForSearch(name).trim());
  if (!opensWithVerb || names.some((name) => name !== '' && quoted.includes(name))) return '';
  return `**${escapeMarkdown(title)}**${context.language === 'zh' ? '：' : ': '}`;
}

/** The question's weighed terms (`AnswerContext.weights`) a text holds. */
function termsIn(context: AnswerContext, text: string): [string, number][] {
  const folded = normalizeForSearch(text);
  return [...context.weights].filter(([term]) => containsTerm(folded, term));
}

/**
 * What a quoted unit costs of the answer's budget: its text, a code block in it counting as one quote of prose at
 * most (an example is looked over, not read line by line: the explanation after it still has room).
 */
function readingLength(
  found: { lead: Passage; items: Passage[] } | undefined,
  passage: Passage,
  length: number,
  language: AnswerLanguage,
): number {
  const parts = found === undefined ? [passage] : [found.lead, ...found.items];
  let saved = 0;
  for (const part of parts) {
    if (part.kind === 'code') saved += Math.max(0, part.text.length - MAX_QUOTE_CHARS[language]);
  }
  return length - saved;
}

/**
 * The quote without a last sentence that ends in a colon (it announces what follows it in the notes); undefined
 * when that sentence is all the quote says.
 */
function withoutAnnouncement(quote: Quote): Quote | undefined {
  const last = quote.statements[quote.statements.length - 1];
  if (last === undefined || !ENDS_WITH_COLON.test(last.text)) return quote;
  if (quote.statements.length === 1) return undefined;
  const at = quote.text.lastIndexOf(last.text);
  const text = quote.text.slice(0, at).trimEnd();
  return { ...quote, text, end: quote.start + text.length, statements: quote.statements.slice(0, -1) };
}

/** A quote's words, for telling two quotes that say the same apart from spacing, width and case. */
function sameWords(text: string): string {
  return normalizeForSearch(text).replace(/\s+/g, ' ').trim();
}

function composeComparison(
  context: AnswerContext,
  passages: readonly Passage[],
  [a, b]: readonly [string, string],
): string[] {
  const { kb, language } = context;
  const index = prepareIndex(kb);
  const labelA = conceptLabel(kb, a, language);
  const labelB = conceptLabel(kb, b, language);
  const candidates = [...passages];
  for (const id of [a, b]) {
    const definition = kb.graph.hasNode(id) ? kb.graph.getNodeAttribute(id, 'definition') : null;
    const passage = definition ? kb.passages.get(passageInLanguage(kb, definition, language)) : undefined;
    if (passage && !candidates.includes(passage)) candidates.push(passage);
  }
  // Passages that merely restate a heading say nothing about either side.
  const usable = candidates.filter((p) => (index.prior[index.passages.position.get(p.id) ?? -1] ?? 0) >= 1);
  // A passage is about a concept it names, or one its headings name (`## Ring Buffer` › `What - the driver
  // receive queue…`).
  const about = (passage: Passage) => {
    const concepts = new Set(kb.passageConcepts.get(originalOf(kb, passage.id)) ?? []);
    for (const id of index.contextAt(index.passages.position.get(passage.id) ?? -1)) concepts.add(id);
    return concepts;
  };

  // Each side: the passage most about it (its topic: names it first), ranked high.
  const used = new Set<string>();
  const sides: { id: string; label: string; passage: Passage }[] = [];
  for (const [id, label] of [
    [a, labelA],
    [b, labelB],
  ] as const) {
    const best = usable
      .map((passage, rank) => ({ passage, rank }))
      .filter(({ passage }) => !used.has(passage.id) && about(passage).has(id))
      .map(({ passage, rank }) => ({
        passage,
        score: 1 / (1 + rank) + (index.topic(index.passages.position.get(passage.id) ?? -1) === id ? 1 : 0),
      }))
      .sort((x, y) => y.score - x.score)[0];
    if (best === undefined) return [];
    used.add(best.passage.id);
    sides.push({ id, label, passage: best.passage });
  }

  const blocks: string[] = [
    language === 'zh'
      ? `你的笔记里关于**${labelA}**和**${labelB}**是这样说的：`
      : `Here's how your notes describe ${boldPhrase(context, a)} and ${boldPhrase(context, b)}:`,
  ];
  const [sideA, sideB] = sides;
  // The notes' own question on the two ("RDB 与 AOF 有什么区别?") with its answer, or one unit holding both sides'
  // passages, answers the comparison: quoted once, alone. Not when the second side's passage leads a unit of its
  // own inside the first (`everysec：…` with its items under `appendfsync`).
  for (const [side, other] of [
    [sideA, sideB],
    [sideB, sideA],
  ] as const) {
    const unit = side ? unitOf(context, side.passage) : undefined;
    if (unit === undefined || other === undefined) continue;
    const asksBoth = asksOnly(unit.lead) && about(unit.lead).has(a) && about(unit.lead).has(b);
    if (asksBoth || (unitOf(context, other.passage)?.lead ?? other.passage) === unit.lead) {
      const text = renderUnit(context, unit.lead, unit);
      if (text !== undefined) return [...blocks, text];
    }
  }
  // A sentence naming both sides, when the notes have one besides the two sides' passages, answers first.
  for (const passage of usable) {
    if (used.has(passage.id) || !about(passage).has(a) || !about(passage).has(b)) continue;
    const quote = chooseQuote(passage, sentenceScorer(context, [a, b], passage), {
      memo: prepareIndex(context.kb).table(QUOTE_UNITS),
    });
    if (
      context.names(passage, quote.start, quote.end, a) &&
      context.names(passage, quote.start, quote.end, b)
    ) {
      blocks.push(renderQuote(context, passage, quote));
      break;
    }
  }
  // Where the notes give the same kinds of facts for both (a table of theirs, or the same labels), the two
  // sides read best as one table, row by row.
  const parallel = sideA && sideB ? parallelFacts(context, sideA, sideB) : undefined;
  if (parallel && sideA && sideB) {
    blocks.push(renderParallelFacts(context, parallel, sideA.label, sideB.label));
    return blocks;
  }
  for (const side of sides) {
    // An English label in lower-case words ("container") opens the heading capitalised; a name as code writes
    // it (`child_process.fork`, `kubectl`) stays as it is.
    const heading =
      language === 'en' && /^[a-z][a-z -]*$/.test(side.label)
        ? side.label.charAt(0).toUpperCase() + side.label.slice(1)
        : side.label;
    // A side stated as a lead-in and its items ("自旋锁（spin lock）实现" + how) is quoted whole.
    const unit = renderUnit(context, side.passage);
    if (unit !== undefined) {
      // A unit opening with the side's name (`缓存击穿：热点 key 过期瞬间…`) needs no heading repeating it.
      const named = unit
        .replace(/^[\s`*_]+/, '')
        .toLowerCase()
        .startsWith(side.label.toLowerCase());
      blocks.push(named ? unit : `**${heading}**\n${unit}`);
      continue;
    }
    const quote = chooseQuote(side.passage, sentenceScorer(context, [side.id], side.passage), {
      memo: prepareIndex(context.kb).table(QUOTE_UNITS),
    });
    const n = cite(context, side.passage, quote);
    const lines = quote.statements.map((s) => `- ${formatStatement(s.text, n, language, s.fragment)}`);
    blocks.push(`**${heading}**\n${lines.join('\n')}`);
  }
  return blocks;
}

/**
 * A concept for a lead sentence, its label in bold: `**容器**`, and in English with the article the label
 * needs outside the bold, "the **container**", "**Namespaces**".
 */
function boldPhrase(context: AnswerContext, id: string): string {
  const label = conceptLabel(context.kb, id, context.language);
  if (context.language === 'zh') return `**${label}**`;
  const phrase = conceptPhrase(context.kb, id, 'en', 'definite');
  const at = phrase.lastIndexOf(label);
  return at === -1 ? `**${phrase}**` : `${phrase.slice(0, at)}**${label}**${phrase.slice(at + label.length)}`;
}

/** Items of a lead-in an answer lists at most, and the characters they may take. */
const MAX_UNIT_ITEMS = 8;
const UNIT_ITEM_CHARS = 500;

/** Steps of an ordered list quoted after the one that answers a question about a process. */
const NEXT_STEPS = 3;
/** The most lines apart a paragraph and the code block it introduces may be. */
const CODE_GAP_LINES = 2;

/**
 * The unit of meaning a passage belongs to, when it is more than the passage: a lead-in with the list items
 * under it (for the lead-in itself, or for one of its items, which reads poorly without its siblings), or a
 * sentence with the code block right after it ("Now, if you want to roll it back:" + `kubectl rollout undo …`).
 */
function unitOf(
  context: AnswerContext,
  passage: Passage,
): { lead: Passage; items: Passage[]; subject?: number } | undefined {
  const index = prepareIndex(context.kb);
  const structure = index.structure;
  // The items under a lead, in the notes' order, each followed by those nested under it, as far as the limits go:
  // under a short lead (`proxy_cache_valid`) what it says may be two levels down ("a fallback: …" › "unless
  // `proxy_ignore_headers` is set").
  const within = (lead: Passage) => {
    const items: Passage[] = [];
    let budget = UNIT_ITEM_CHARS;
    const visit = (parent: Passage): void => {
      for (const child of structure.children(parent)) {
        if (items.length >= MAX_UNIT_ITEMS || budget <= 0) return;
        items.push(child);
        budget -= child.text.length;
        visit(child);
      }
    };
    visit(lead);
    return { lead, items };
  };
  const position = index.passages.position.get(passage.id) ?? -1;
  if (isLeadIn(passage, structure)) return withSubject(index.passages.passages, position, within(passage));
  const neighbour = (offset: number) => {
    const other = index.passages.passages[position + offset];
    return other && other.sectionId === passage.sectionId && other.file === passage.file ? other : undefined;
  };
  // A question the notes ask themselves (`> Eventemitter 的 emit 是同步还是异步?`, interview notes' way) is
  // answered by what follows it: the question and its answer read as one, quoted for either.
  if (asksOnly(passage)) {
    const answer = answerAfter(index.passages.passages, position);
    if (answer.length > 0) return { lead: passage, items: answer };
  }
  for (let offset = -1; offset >= -MAX_UNIT_ITEMS; offset--) {
    const before = neighbour(offset);
    if (before === undefined || before.parentId !== undefined) break;
    if (!asksOnly(before)) continue;
    const answer = answerAfter(index.passages.passages, position + offset);
    if (answer.includes(passage)) return { lead: before, items: answer };
    break;
  }
  // A step of an ordered list, for a question about a process ("what happens right after the NIC raises a hard
  // IRQ?"), is quoted with the steps that follow it.
  const { aspect } = context;
  if (passage.step !== undefined && (aspect === 'steps' || aspect === 'how')) {
    const items: Passage[] = [];
    for (let offset = 1, previous = passage.step; items.length < NEXT_STEPS; offset++) {
      const next = neighbour(offset);
      if (next === undefined || next.parentId !== passage.parentId) {
        if (next !== undefined && next.parentId === passage.id) continue;
        break;
      }
      if (next.step === undefined || next.step < previous) break;
      previous = next.step;
      items.push(next);
    }
    if (items.length > 0) return { lead: passage, items };
  }
  // An item right before a lead-in that names nothing ("What - …" before "How:") says what the lead-in is about:
  // the group reads as one (see `withSubject`).
  const group = groupBeforeBareLead(index.passages.passages, position, structure);
  if (group !== undefined) return withSubject(index.passages.passages, group.position, within(group.lead));
  // A lead-in introduces the items nested under it, and so does a bullet with a code block nested under it
  // (`Bypassing the cache for logged-in users` over the directives and a bullet on each): they read as one.
  const parent = structure.parent(passage);
  if (
    parent &&
    parent.kind !== 'code' &&
    (isLeadIn(parent, structure) || structure.children(parent).some((child) => child.kind === 'code'))
  ) {
    const unit = withSubject(
      index.passages.passages,
      index.passages.position.get(parent.id) ?? -1,
      within(parent),
    );
    if (unit.items.includes(passage)) return unit;
  }
  // "有哪些要求？" asks for a list: an item of one with no lead-in over it (bullets right under a heading) is
  // quoted with the items around it, the whole list. "Walk me through, step by step…" asks for the sequence a
  // list of steps is, however long each step's item.
  const steps = aspect === 'steps';
  if (
    (aspect === 'list' || steps) &&
    passage.kind === 'bullet' &&
    parent === undefined &&
    (steps || isListEntry(passage))
  ) {
    const run = listAround(index.passages.passages, position, steps);
    if (run.length > 1) {
      // Steps read after the paragraph right before them, which introduces them ("The router assigns
      // addresses with DHCP. …" over the client's and the server's messages).
      const first = run[0] as Passage;
      const intro = index.passages.passages[(index.passages.position.get(first.id) ?? 0) - 1];
      if (steps && intro && introducesList(intro, first)) return { lead: intro, items: run };
      return { lead: first, items: run.slice(1) };
    }
  }
  // The paragraph right before a list, for "walk me through, step by step", introduces the steps it lists.
  const next = neighbour(1);
  if (steps && next && introducesList(passage, next)) {
    const run = listAround(index.passages.passages, position + 1, true);
    if (run.length > 1) return { lead: passage, items: run };
  }
  if (passage.kind !== 'code') {
    if (next?.kind === 'code' && next.lineStart - passage.lineEnd <= CODE_GAP_LINES) {
      return { lead: passage, items: [next, ...explanationAfter(next, neighbour(2))] };
    }
    return undefined;
  }
  const previous = neighbour(-1);
  const explanation = explanationAfter(passage, next);
  if (previous && previous.kind !== 'code' && passage.lineStart - previous.lineEnd <= CODE_GAP_LINES) {
    return { lead: previous, items: [passage, ...explanation] };
  }
  if (explanation.length > 0) return { lead: passage, items: explanation };
  return undefined;
}

/** Items before a bare lead-in that may say what it is about. */
const SUBJECT_ITEMS = 2;

/**
 * A lead-in that names nothing ("How:" over the check and change commands) with the items of its list right
 * before it that say what it is about ("What - `netdev_budget` is the maximum number of packets…", "Why - …"): the
 * notes' What / Why / How reads as one, and the commands alone answer nothing. Back to the list's start, an item
 * nested elsewhere or another lead-in, at most {@link SUBJECT_ITEMS} items.
 */
function withSubject(
  passages: readonly Passage[],
  position: number,
  unit: { lead: Passage; items: Passage[] },
): { lead: Passage; items: Passage[]; subject?: number } {
  const lead = unit.lead;
  if (!namesNothing(lead)) return unit;
  const before: Passage[] = [];
  for (let i = position - 1; i >= 0 && before.length < SUBJECT_ITEMS; i--) {
    const other = passages[i] as Passage;
    // An item nested under an earlier sibling, or a lead-in, ends the group: what comes before is another one.
    if (other.sectionId !== lead.sectionId || other.file !== lead.file || other.parentId !== lead.parentId)
      break;
    if (other.kind !== 'bullet' || ENDS_WITH_COLON.test(other.text)) break;
    before.unshift(other);
  }
  const [first, ...rest] = before;
  return first === undefined
    ? unit
    : { lead: first, items: [...rest, lead, ...unit.items], subject: before.length };
}

/** A list item of nothing but words every text has (`How:`): a label, naming nothing itself. */
function namesNothing(passage: Passage): boolean {
  return passage.kind === 'bullet' && tokenize(passage.text).length === 0;
}

/** Text that ends in a colon: it announces what follows it in the notes. */
const ENDS_WITH_COLON = /[:：]\s*$/u;

/** The bare lead-in (see {@link withSubject}) an item is one of the subject items of, with its position. */
function groupBeforeBareLead(
  passages: readonly Passage[],
  position: number,
  structure: PassageStructure,
): { lead: Passage; position: number } | undefined {
  const at = passages[position];
  if (at === undefined || at.kind !== 'bullet' || ENDS_WITH_COLON.test(at.text)) return undefined;
  for (let i = position + 1; i <= position + SUBJECT_ITEMS && i < passages.length; i++) {
    const other = passages[i] as Passage;
    if (other.sectionId !== at.sectionId || other.file !== at.file || other.parentId !== at.parentId)
      return undefined;
    if (other.kind !== 'bullet') return undefined;
    if (isLeadIn(other, structure)) return namesNothing(other) ? { lead: other, position: i } : undefined;
  }
  return undefined;
}

/**
 * A unit led by the items a bare lead-in was given for its subject (see {@link withSubject}), without them once an
 * earlier paragraph of the answer quotes them: the lead-in and its items are then still to be quoted.
 */
function withoutShownSubject(
  unit: { lead: Passage; items: Passage[]; subject?: number } | undefined,
  shown: ReadonlySet<string>,
): { lead: Passage; items: Passage[] } | undefined {
  if (
    unit?.subject === undefined ||
    ![unit.lead, ...unit.items.slice(0, unit.subject - 1)].some((p) => shown.has(p.id))
  )
    return unit;
  const lead = unit.items[unit.subject - 1] as Passage;
  return { lead, items: unit.items.slice(unit.subject) };
}

/** An identifier a sentence writes as code (`volatile`, `string`): what it names of a code block. */
const INLINE_CODE_NAME = /`([^`\s]{2,64})`/gu;

/**
 * The passage right after a code block that explains it, as a list: a paragraph of the same section, within
 * {@link CODE_GAP_LINES} lines, that writes as inline code a name the block uses ("这里的 `volatile` 关键字主要是
 * 为了防止指令重排" under the singleton, "the regex pattern `string`…" under the lexer's patterns). What the notes
 * say of their code is what it answers; a paragraph naming none of it goes on to something else.
 */
function explanationAfter(code: Passage, after: Passage | undefined): Passage[] {
  if (
    after === undefined ||
    after.kind !== 'paragraph' ||
    after.text.length > UNIT_ITEM_CHARS ||
    after.lineStart - code.lineEnd > CODE_GAP_LINES
  )
    return [];
  for (const [, name] of after.text.matchAll(INLINE_CODE_NAME)) {
    if (containsCodeName(code.text, name as string)) return [after];
  }
  return [];
}

/** Whether code uses a name as a whole token (`string` in `val string = …`, not in `substring`). */
function containsCodeName(code: string, name: string): boolean {
  let at = code.indexOf(name);
  while (at >= 0) {
    const before = code[at - 1];
    const after = code[at + name.length];
    if (!(before && /[\p{L}\p{N}_]/u.test(before)) && !(after && /[\p{L}\p{N}_]/u.test(after))) return true;
    at = code.indexOf(name, at + 1);
  }
  return false;
}

/**
 * A unit with its items cut before the first that an earlier paragraph of the answer quotes; undefined (the
 * passage quoted on its own) when what is left no longer holds the passage with more than itself.
 */
function withoutShown(
  unit: { lead: Passage; items: Passage[] },
  passage: Passage,
  shown: ReadonlySet<string>,
): { lead: Passage; items: Passage[] } | undefined {
  const cut = unit.items.findIndex((item) => shown.has(item.id));
  if (cut < 0) return unit;
  const items = unit.items.slice(0, cut);
  if (items.length === 0 || (unit.lead !== passage && !items.includes(passage) && !shown.has(passage.id)))
    return undefined;
  return { lead: unit.lead, items };
}

/** A paragraph or quote that is one question and nothing else (`Eventemitter 的 emit 是同步还是异步?`). */
function asksOnly(passage: Passage): boolean {
  if (passage.kind !== 'paragraph' && passage.kind !== 'quote') return false;
  const text = passage.text.trim();
  // One sentence: no sentence end before the question mark (a dot inside `child_process.fork` is none).
  return /[?？]$/u.test(text) && !/[.!?](?=\s+\S)|[。！？](?=\s*\S)/u.test(text.slice(0, -1));
}

/**
 * What answers the question at `position`: the passages after it in its section and file up to the next
 * question, top-level ones only (a list's items come with it), within {@link UNIT_ITEM_CHARS} after the first.
 */
function answerAfter(passages: readonly Passage[], position: number): Passage[] {
  const question = passages[position];
  const answer: Passage[] = [];
  if (question === undefined) return answer;
  let budget = UNIT_ITEM_CHARS;
  for (let i = position + 1; i < passages.length && answer.length < MAX_UNIT_ITEMS && budget > 0; i++) {
    const other = passages[i] as Passage;
    if (other.sectionId !== question.sectionId || other.file !== question.file || asksOnly(other)) break;
    if (other.parentId !== undefined) continue;
    // The answer goes on in its own form (paragraphs, or the items of a list), or where it announces what
    // follows ("在官方文档中有说明:" before the quote); a list after an answer paragraph is the notes' next point.
    const last = answer.at(-1);
    if (last !== undefined && last.kind !== other.kind && !ENDS_WITH_COLON.test(last.text)) break;
    answer.push(other);
    budget -= other.text.length;
  }
  return answer;
}

/**
 * Whether a paragraph introduces the list whose first top-level item comes right after it: same section and
 * file, within {@link CODE_GAP_LINES} lines, and short enough to quote with the list.
 */
function introducesList(intro: Passage, first: Passage): boolean {
  return (
    intro.kind === 'paragraph' &&
    intro.text.length <= UNIT_ITEM_CHARS &&
    first.kind === 'bullet' &&
    first.parentId === undefined &&
    intro.sectionId === first.sectionId &&
    intro.file === first.file &&
    first.lineStart - intro.lineEnd <= CODE_GAP_LINES
  );
}

/**
 * The top-level items of the list the bullet at `position` is in, in the notes' order: the bullets of its section
 * and file before and after it with no parent (list entries only, unless `anyLength`), skipping the items nested
 * under them; at most
 * {@link MAX_UNIT_ITEMS} items and about {@link UNIT_ITEM_CHARS} characters, starting from the list's first item.
 */
function listAround(passages: readonly Passage[], position: number, anyLength = false): Passage[] {
  const at = passages[position];
  if (at === undefined) return [];
  const sameList = (other: Passage | undefined) =>
    other !== undefined && other.sectionId === at.sectionId && other.file === at.file;
  const isItem = (other: Passage) =>
    other.kind === 'bullet' && other.parentId === undefined && (anyLength || isListEntry(other));
  let first = position;
  for (let i = position - 1; i >= 0; i--) {
    const other = passages[i];
    if (!sameList(other)) break;
    if (isItem(other as Passage)) first = i;
    else if ((other as Passage).parentId === undefined) break;
  }
  const run: Passage[] = [];
  // An item that leads in to items of its own ("How:") is quoted with them: alone it says nothing.
  const leading = new Set<string>();
  let budget = UNIT_ITEM_CHARS;
  for (let i = first; i < passages.length && run.length < MAX_UNIT_ITEMS && budget > 0; i++) {
    const other = passages[i] as Passage;
    if (!sameList(other)) break;
    const nested = other.parentId !== undefined && leading.has(other.parentId);
    if (isItem(other) || nested) {
      run.push(other);
      budget -= other.text.length;
      if (ENDS_WITH_COLON.test(other.text)) leading.add(other.id);
    } else if (other.parentId === undefined) break;
  }
  return run.includes(at) ? run : [at];
}

/**
 * A unit (see {@link unitOf}) quoted as one citation: the lead ("K8s imposes the following requirements: [1]")
 * then each item as a bullet, code fenced as code. A code block alone is fenced too. Undefined for a passage
 * that is a statement of its own.
 */
function renderUnit(
  context: AnswerContext,
  passage: Passage,
  /** The passage's unit (null: none), found by {@link unitOf} when not given. */
  given?: { lead: Passage; items: Passage[] } | null,
): string | undefined {
  const unit = given === undefined ? unitOf(context, passage) : given;
  if (unit === null || unit === undefined) {
    if (passage.kind !== 'code') return undefined;
    const n = context.registry.citeUnit(passage, []);
    markSaid(context, passage);
    return `${fence(passage)}\n[${n}]`;
  }
  const { lead, items } = unit;
  const n = context.registry.citeUnit(lead, items);
  markSaid(context, lead);
  for (const item of items) markSaid(context, item);
  const leadText = lead.text
    .replace(/\s+/g, ' ')
    .replace(/[:：]\s*$/u, '')
    .trim();
  // A lead that ends its own sentence ("…You can then roll it back.") takes no colon after its mark.
  const colon = /[.!?。！？]$/u.test(leadText) ? '' : context.language === 'zh' ? '：' : ':';
  const head =
    lead.kind === 'code'
      ? `${fence(lead)}\n[${n}]`
      : leadsSiblings(lead, items)
        ? `${itemMarker(lead)}${checkboxMark(lead)}${escapeMarkdown(lead.text.replace(/\s+/g, ' ').trim())} [${n}]`
        : `${checkboxMark(lead)}${escapeMarkdown(leadText)} [${n}]${colon}`;
  // Items are lines of the list they are in; a paragraph (the answer after a question) stands apart.
  let text = head;
  const indents = itemIndents(items);
  for (const [i, item] of items.entries()) {
    const line =
      item.kind === 'code'
        ? fence(item)
        : `${indents[i]}${itemMarker(item)}${checkboxMark(item)}${escapeMarkdown(item.text.replace(/\s+/g, ' ').trim())}`;
    text += `${item.kind === 'paragraph' || item.kind === 'quote' ? '\n\n' : '\n'}${line}`;
  }
  return text;
}

/** A code passage as a fenced block (a fence longer than any backtick run inside it). */
function fence(passage: Passage): string {
  let longest = 2;
  for (const run of passage.text.match(/`{3,}/g) ?? []) longest = Math.max(longest, run.length);
  const marks = '`'.repeat(longest + 1);
  return `${marks}${passage.codeLang ?? ''}\n${passage.text}\n${marks}`;
}

function markSaid(context: AnswerContext, passage: Passage): void {
  const spans = context.said.get(passage.id) ?? [];
  spans.push([0, passage.text.length]);
  context.said.set(passage.id, spans);
}

const STEP_BREAK = /[;；]\s*|[,，]\s*(?=(?:and|then|so|after that|然后|再|接着|之后|并且|并)\b)/giu;

/**
 * A quote read as a sequence: its sentences, or the clauses of a single sentence (cut at `;` and at ", and" /
 * "，然后"), as a numbered list with the citation on the first step. Undefined when there is only one step.
 */
function renderSteps(context: AnswerContext, passage: Passage, quote: Quote): string | undefined {
  const pieces =
    quote.statements.length > 1
      ? quote.statements.map((s) => s.text)
      : /\p{Script=Han}/u.test(quote.text)
        ? chineseSteps(quote.text)
        : withExplanationsJoined(
            quote.text.split(STEP_BREAK).filter((piece) => /[\p{L}\p{N}]/u.test(piece ?? '')),
            ', ',
          );
  if (pieces.length < 2 || pieces.length > 8) return undefined;
  const n = cite(context, passage, quote);
  return pieces
    .map(
      (piece, i) =>
        `${i + 1}. ${formatStatement(piece.trim(), n, context.language, i > 0 && !/\p{Script=Han}/u.test(piece))}`,
    )
    .join('\n');
}

/** A Chinese sentence's clauses as steps, a clause that sets the scene (`要想…`, `…之后`) kept with the next. */
function chineseSteps(text: string): string[] {
  const steps: string[] = [];
  let pending = '';
  for (const clause of text.split(/[；;，,]/u)) {
    if (!/[\p{L}\p{N}]/u.test(clause)) continue;
    const piece = pending === '' ? clause : `${pending}，${clause}`;
    if (/^(?:要想|如果|假如|假设|当|为了|要是)|(?:时|时候|后|之后|以后|前|之前)$/u.test(clause.trim()))
      pending = piece;
    else {
      steps.push(piece);
      pending = '';
    }
  }
  if (pending !== '') steps.push(pending);
  return withExplanationsJoined(steps, '，');
}

/** A clause that says what the one before means or gives an example of it (`即…`, `i.e. …`, `such as …`). */
const EXPLAINING_CLAUSE =
  /^\s*(?:即|也就是|也即|亦即|或者说|比如|例如|譬如|(?:i\.e\.|e\.g\.|that is|namely|for example|such as)(?=[\s,]))/iu;

/** Steps with a clause that explains the step before it joined to that step: it is no step of its own. */
function withExplanationsJoined(steps: readonly string[], comma: string): string[] {
  const joined: string[] = [];
  for (const step of steps) {
    if (joined.length > 0 && EXPLAINING_CLAUSE.test(step))
      joined[joined.length - 1] += `${comma}${step.trim()}`;
    else joined.push(step);
  }
  return joined;
}

/**
 * Parallel facts as a Markdown table: a row per label, a column per side, each cell cited (a row of the notes'
 * own table is cited once, in its label cell).
 */
function renderParallelFacts(
  context: AnswerContext,
  facts: ParallelFacts,
  labelA: string,
  labelB: string,
): string {
  const cell = (text: string) => escapeMarkdown(text.replace(/\s+/g, ' ').trim()).replace(/\|/g, '\\|');
  const citeWhole = (passage: Passage, items: readonly Passage[] = []) => {
    markSaid(context, passage);
    for (const item of items) markSaid(context, item);
    return items.length > 0
      ? context.registry.citeUnit(passage, items)
      : context.registry.cite(passage, 0, passage.text.length);
  };
  const lines = [
    `| ${cell(facts.corner)} | **${cell(labelA)}** | **${cell(labelB)}** |`,
    '| --- | --- | --- |',
  ];
  for (const { label, a, b } of facts.rows) {
    if (a.passage.id === b.passage.id) {
      lines.push(`| ${cell(label)} [${citeWhole(a.passage)}] | ${cell(a.value)} | ${cell(b.value)} |`);
    } else {
      lines.push(
        `| ${cell(label)} | ${cell(a.value)} [${citeWhole(a.passage, a.items)}] | ${cell(b.value)} [${citeWhole(b.passage, b.items)}] |`,
      );
    }
  }
  return lines.join('\n');
}

function renderQuote(context: AnswerContext, passage: Passage, quote: Quote): string {
  const n = cite(context, passage, quote);
  // Sentences are spaced as the notes write them: English ones quoted in a Chinese answer keep their spaces.
  return quote.statements
    .map((s) => formatStatement(s.text, n, context.language, s.fragment))
    .join(passage.lang === 'zh' ? '' : ' ');
}

function cite(context: AnswerContext, passage: Passage, quote: Quote): number {
  const spans = context.said.get(passage.id) ?? [];
  spans.push([quote.start, quote.end]);
  context.said.set(passage.id, spans);
  return context.registry.cite(passage, quote.start, quote.end);
}

function originalOf(kb: KnowledgeBase, id: string): string {
  return kb.originalOf.get(id) ?? id;
}
