import type { Answer, ConceptRef } from '@notetutor/contracts';
import type { KnowledgeBase } from '@notetutor/graph';
import type { Passage } from '@notetutor/notes';
import { conceptLabel } from '../grounding/concept-label';
import { SPECIFIC_CONCEPT } from '../grounding/decide-coverage';
import { passageInLanguage } from '../grounding/passage-in-language';
import type { AnswerLanguage } from '../grounding/passage-index';
import { prepareIndex } from '../grounding/prepare-index';
import { inverseDocumentFrequency } from '../grounding/score-bm25';
import { containsTerm } from '../text/contains-term';
import { normalizeForSearch } from '../text/normalize-for-search';
import { tokenize } from '../text/tokenize';
import type { GroundedRelation, Grounding } from '../types';
import { chooseQuote, type Quote } from './choose-quote';
import { composeDecline } from './compose-decline';
import { conceptPhrase } from './concept-phrase';
import { type CitationRegistry, createCitationRegistry } from './create-citation-registry';
import { formatStatement } from './format-statement';
import { joinLabels } from './join-labels';
import { phraseRelation } from './phrase-relation';
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
/** Relations explained at most… */
const MAX_RELATIONS_CITED = 6;
/** …in at most this many lines (relations of one type sharing an end are one line). */
const MAX_RELATION_LINES = 4;
/** Score a sentence earns for naming one of the question's concepts (about one rare term's IDF). */
const CONCEPT_MENTION_SCORE = 2;
/** Score a sentence earns for naming a concept graph expansion found close to the question's. */
const RELATED_MENTION_SCORE = 0.5;

interface Context {
  kb: KnowledgeBase;
  grounding: Grounding;
  language: AnswerLanguage;
  registry: CitationRegistry;
  weights: Map<string, number>;
  /** Whether `passage.text.slice(start, end)` names the concept `id` (from the index's mention table). */
  names: (passage: Passage, start: number, end: number, id: string) => boolean;
  /** Spans of passages the answer quotes as statements, by passage id: what it has already said. */
  said: Map<string, [number, number][]>;
}

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
  const context: Context = {
    kb,
    grounding,
    language,
    registry: createCitationRegistry(kb),
    weights: weighTerms(kb, language, grounding.terms ?? tokenize(grounding.question)),
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

  const pair = grounding.path ? ([grounding.path.from, grounding.path.to] as const) : undefined;
  const comparison =
    grounding.shape === 'comparison' && pair ? composeComparison(context, passages, pair) : [];
  if (comparison.length > 0) {
    blocks.push(...comparison);
    for (const id of pair ?? []) covered.add(id);
  } else {
    blocks.push(...composeDirectAnswer(context, passages, focus));
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
  return {
    answer: blocks.join('\n\n'),
    grounded: true,
    engine: 'offline',
    citations: context.registry.citations(),
    concepts,
    followUps: suggestFollowUps(kb, grounding, covered, fallbackAnchors),
    language,
  };
}

function composeDirectAnswer(
  context: Context,
  passages: readonly Passage[],
  focus: readonly string[],
): string[] {
  const { grounding, language } = context;
  const own = grounding.concepts.filter((c) => c.matched !== 'history');
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
  const paragraphs: string[] = [];
  const topScore = grounding.passages[0]?.score ?? 0;
  let first: Quote | undefined;
  let used = 0;
  for (const [rank, passage] of passages.slice(0, MAX_ANSWER_PASSAGES + 1).entries()) {
    if (paragraphs.length >= MAX_ANSWER_PASSAGES || used >= DIRECT_ANSWER_BUDGET[language]) break;
    const rankScore = grounding.passages[rank]?.score ?? 0;
    if (rank > 0 && rankScore < topScore * SUPPORTING_RANK_SHARE) break;
    const quote = chooseQuote(passage, scorer(passage));
    const nearTie = rankScore >= topScore * NEAR_TIE_SHARE;
    if (first !== undefined && !nearTie && quote.score < first.score * SUPPORTING_QUOTE_SHARE) continue;
    first ??= quote;
    used += quote.text.length;
    paragraphs.push(renderQuote(context, passage, quote));
  }
  return [lead, ...paragraphs];
}

function composeComparison(
  context: Context,
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
  const about = (passage: Passage) => new Set(kb.passageConcepts.get(originalOf(kb, passage.id)) ?? []);

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
  // A sentence naming both sides, when the notes have one besides the two sides' passages, answers first.
  for (const passage of usable) {
    if (used.has(passage.id) || !about(passage).has(a) || !about(passage).has(b)) continue;
    const quote = chooseQuote(passage, sentenceScorer(context, [a, b], passage));
    if (
      context.names(passage, quote.start, quote.end, a) &&
      context.names(passage, quote.start, quote.end, b)
    ) {
      blocks.push(renderQuote(context, passage, quote));
      break;
    }
  }
  for (const side of sides) {
    const quote = chooseQuote(side.passage, sentenceScorer(context, [side.id], side.passage));
    const n = cite(context, side.passage, quote);
    const lines = quote.statements.map((s) => `- ${formatStatement(s.text, n, language, s.fragment)}`);
    const heading = language === 'en' ? side.label.charAt(0).toUpperCase() + side.label.slice(1) : side.label;
    blocks.push(`**${heading}**\n${lines.join('\n')}`);
  }
  return blocks;
}

function composePath(
  context: Context,
  [a, b]: readonly [string, string],
  steps: readonly GroundedRelation[],
): string | undefined {
  const { kb, language } = context;
  const lines: string[] = [];
  for (const [i, step] of steps.entries()) {
    // "A is related to B" explains nothing; a chain with such a link is not worth showing.
    if (step.type === 'related-to') return undefined;
    const n = citeRelation(context, step);
    if (n === undefined) return undefined;
    lines.push(`${i + 1}. ${relationSentence(context, step.type, [step.source], [step.target], [n])}`);
  }
  const heading =
    language === 'zh'
      ? `**从${conceptLabel(kb, a, language)}到${conceptLabel(kb, b, language)}**`
      : `**From ${conceptLabel(kb, a, language)} to ${conceptLabel(kb, b, language)}**`;
  return `${heading}\n${lines.join('\n')}`;
}

function composeRelations(
  context: Context,
  alreadyShown: readonly GroundedRelation[],
  first: readonly GroundedRelation[],
): { text: string; concepts: string[] } | undefined {
  const { language, grounding } = context;
  const shown = new Set(alreadyShown.map(relationKey));
  const index = prepareIndex(context.kb);
  const named = new Set(grounding.concepts.filter((c) => c.matched !== 'history').map((c) => c.id));
  const specific = (id: string) => index.specificity(id) >= SPECIFIC_CONCEPT && !index.isHub(id);
  // Only passages the answer already quotes: a relation must explain what the answer is about.
  const quoted = (id: string) => context.registry.numberOf(id) !== undefined;
  const pairs = new Set<string>();
  const cited: { relation: GroundedRelation; n: number; span: string }[] = [];
  for (const relation of [...first, ...grounding.relations]) {
    if (cited.length >= MAX_RELATIONS_CITED) break;
    if (relation.type === 'related-to' || shown.has(relationKey(relation))) continue;
    // One relation per pair of concepts: "images are based on image layers" and "images require image
    // layers" say the same thing twice.
    const pair = pairKey(relation);
    if (pairs.has(pair)) continue;
    // A relation between two of the question's concepts always helps. One leading elsewhere only when it
    // starts from a specific concept of the question, leads to a specific one (not a hub such as `Docker`
    // in Docker notes: "Docker uses the bridge" teaches nothing) and the notes state it in a passage the answer quotes.
    const between = named.has(relation.source) && named.has(relation.target);
    const fromSpecific =
      (named.has(relation.source) && specific(relation.source) && specific(relation.target)) ||
      (named.has(relation.target) && specific(relation.target) && specific(relation.source));
    if (!between && !(fromSpecific && relation.evidence.some(quoted))) continue;
    const evidence = relationEvidence(context, relation);
    // A relation the answer's quotes already state would say it twice.
    if (evidence === undefined || alreadySaid(context, relation, evidence)) continue;
    // One sentence, one point: a second relation drawn from the same sentence only joins when it can share
    // the line (same type and end: "Cgroups limit CPU and memory").
    const span = `${evidence.passage.id}:${evidence.start}`;
    const sameSpan = cited.filter((c) => c.span === span);
    if (sameSpan.length > 0 && !sameSpan.some((c) => groupable(c.relation, relation))) continue;
    const n = context.registry.cite(evidence.passage, evidence.start, evidence.end);
    shown.add(relationKey(relation));
    pairs.add(pair);
    cited.push({ relation, n, span });
  }
  if (cited.length === 0) return undefined;

  // "A, B and C are part of X" reads better than three lines saying so one by one.
  const groups = new Map<string, { type: string; sources: string[]; targets: string[]; marks: number[] }>();
  for (const { relation, n } of cited) {
    const byTarget = `t\u0000${relation.type}\u0000${relation.target}`;
    const bySource = `s\u0000${relation.type}\u0000${relation.source}`;
    const sameTarget = cited.filter(
      (c) => c.relation.type === relation.type && c.relation.target === relation.target,
    );
    const key = sameTarget.length > 1 ? byTarget : bySource;
    const group = groups.get(key) ?? { type: relation.type, sources: [], targets: [], marks: [] };
    if (!group.sources.includes(relation.source)) group.sources.push(relation.source);
    if (!group.targets.includes(relation.target)) group.targets.push(relation.target);
    if (!group.marks.includes(n)) group.marks.push(n);
    groups.set(key, group);
  }
  const lines = [...groups.values()]
    .slice(0, MAX_RELATION_LINES)
    .map((g) => `- ${relationSentence(context, g.type, g.sources, g.targets, g.marks)}`);
  const heading = language === 'zh' ? '**这些概念之间的关系**' : '**How these concepts relate**';
  return {
    text: `${heading}\n${lines.join('\n')}`,
    concepts: cited.flatMap(({ relation }) => [relation.source, relation.target]),
  };
}

/**
 * A concept for a lead sentence, its label in bold: `**容器**`, and in English with the article the label
 * needs outside the bold, "the **container**", "**Namespaces**".
 */
function boldPhrase(context: Context, id: string): string {
  const label = conceptLabel(context.kb, id, context.language);
  if (context.language === 'zh') return `**${label}**`;
  const phrase = conceptPhrase(context.kb, id, 'en', 'definite');
  const at = phrase.lastIndexOf(label);
  return at === -1 ? `**${phrase}**` : `${phrase.slice(0, at)}**${label}**${phrase.slice(at + label.length)}`;
}

/** A relation (possibly several sources or targets of one type) as a sentence with its marks. */
function relationSentence(
  context: Context,
  type: string,
  sources: readonly string[],
  targets: readonly string[],
  marks: readonly number[],
): string {
  const { kb, language } = context;
  const list = (ids: readonly string[]) =>
    joinLabels(
      ids.map((id) => conceptPhrase(kb, id, language, 'definite')),
      language,
    );
  const source = list(sources);
  const phrase =
    sources.length > 1
      ? phraseRelation(type, source, list(targets), language, true)
      : phraseRelation(type, source, list(targets), language);
  const citation = [...marks]
    .sort((x, y) => x - y)
    .map((n) => `[${n}]`)
    .join('');
  return `${phrase} ${citation}${language === 'zh' ? '。' : '.'}`;
}

/** Where the notes state a relation: a span of one of its evidence passages. */
interface RelationEvidence {
  passage: Passage;
  start: number;
  end: number;
}

/**
 * The evidence of a relation: a sentence of one of its evidence passages naming both ends, else two
 * adjacent sentences that do (a question in the notes and its answer: "用户空间如何隔离？…统称为Namespaces"),
 * preferring passages the answer already cites.
 */
function relationEvidence(context: Context, relation: GroundedRelation): RelationEvidence | undefined {
  const { kb, language, registry } = context;
  const passageOf = (id: string) => kb.passages.get(passageInLanguage(kb, id, language));
  // Passages the answer already cites first (in citation order), then the others in the graph's order,
  // without sorting them all: on a large notes folder a relation has thousands.
  const cited: Passage[] = [];
  for (const id of relation.evidence) {
    const passage = passageOf(id);
    if (passage !== undefined && registry.numberOf(passage.id) !== undefined && !cited.includes(passage))
      cited.push(passage);
  }
  cited.sort((x, y) => (registry.numberOf(x.id) as number) - (registry.numberOf(y.id) as number));
  const statedIn = (passage: Passage, width: number): RelationEvidence | undefined => {
    const sentences = passage.sentences;
    for (let i = 0; i + width <= sentences.length; i++) {
      const start = (sentences[i] as { start: number }).start;
      const end = (sentences[i + width - 1] as { end: number }).end;
      if (
        context.names(passage, start, end, relation.source) &&
        context.names(passage, start, end, relation.target)
      )
        return { passage, start, end };
    }
    return undefined;
  };
  for (const width of [1, 2]) {
    for (const passage of cited) {
      const found = statedIn(passage, width);
      if (found !== undefined) return found;
    }
    for (const id of relation.evidence) {
      const passage = passageOf(id);
      if (passage === undefined || registry.numberOf(passage.id) !== undefined) continue;
      const found = statedIn(passage, width);
      if (found !== undefined) return found;
    }
  }
  return undefined;
}

/** Cites the evidence of a relation (see {@link relationEvidence}); undefined when the notes have none. */
function citeRelation(context: Context, relation: GroundedRelation): number | undefined {
  const evidence = relationEvidence(context, relation);
  return evidence && context.registry.cite(evidence.passage, evidence.start, evidence.end);
}

/**
 * Whether the answer already quotes the relation: a statement it quotes from the evidence passage names both
 * ends ("Docker是LXC的二次封装版" already says Docker is based on LXC).
 */
function alreadySaid(context: Context, relation: GroundedRelation, { passage }: RelationEvidence): boolean {
  return (context.said.get(passage.id) ?? []).some(
    ([start, end]) =>
      context.names(passage, start, end, relation.source) &&
      context.names(passage, start, end, relation.target),
  );
}

function renderQuote(context: Context, passage: Passage, quote: Quote): string {
  const n = cite(context, passage, quote);
  return quote.statements
    .map((s) => formatStatement(s.text, n, context.language, s.fragment))
    .join(context.language === 'zh' ? '' : ' ');
}

function cite(context: Context, passage: Passage, quote: Quote): number {
  const spans = context.said.get(passage.id) ?? [];
  spans.push([quote.start, quote.end]);
  context.said.set(passage.id, spans);
  return context.registry.cite(passage, quote.start, quote.end);
}

function sentenceScorer(
  context: Context,
  focus: readonly string[],
  passage: Passage,
): (text: string, start: number, end: number) => number {
  const index = prepareIndex(context.kb);
  // A hub of the notes (`Docker` in Docker notes) is named nearly everywhere: naming it says nothing about
  // whether a sentence answers the question (its words still count by their IDF), unless the question asks
  // how it relates to or differs from another concept, when a sentence naming both sides is the answer.
  const plain = (context.grounding.shape ?? 'plain') === 'plain';
  const named = plain ? focus.filter((id) => !index.isHub(id)) : focus;
  const related = (context.grounding.related ?? []).map((c) => c.id).filter((id) => !focus.includes(id));
  const folded = foldedText(passage);
  return (text, start, end) => {
    let score = 0;
    const unit = folded === undefined ? normalizeForSearch(text) : folded.slice(start, end);
    for (const [term, weight] of context.weights) if (containsTerm(unit, term)) score += weight;
    for (const id of named) if (context.names(passage, start, end, id)) score += CONCEPT_MENTION_SCORE;
    for (const id of related) if (context.names(passage, start, end, id)) score += RELATED_MENTION_SCORE;
    return score;
  };
}

const foldedTexts = new WeakMap<Passage, string | null>();

/**
 * A passage's text folded for matching (`normalizeForSearch`), once per passage, when folding keeps its
 * length (it does unless the text has characters that NFKC or lower-casing expand or merge, such as `㎏`),
 * so that a unit's folded text is a slice of it; else undefined, and units are folded one by one.
 */
function foldedText(passage: Passage): string | undefined {
  let folded = foldedTexts.get(passage);
  if (folded === undefined) {
    const text = normalizeForSearch(passage.text);
    folded = text.length === passage.text.length ? text : null;
    foldedTexts.set(passage, folded);
  }
  return folded ?? undefined;
}

function weighTerms(
  kb: KnowledgeBase,
  language: AnswerLanguage,
  terms: readonly string[],
): Map<string, number> {
  const index = prepareIndex(kb);
  const view = index.passages.views[language];
  const weights = new Map<string, number>();
  for (const term of terms) {
    const id = index.passages.termId.get(term);
    const df = id === undefined ? 0 : (view.documentFrequency[id] ?? 0);
    if (df > 0) weights.set(term, inverseDocumentFrequency(view.count, df));
  }
  return weights;
}

/** Whether two relations can be said in one line: same type, and the same source or the same target. */
function groupable(a: GroundedRelation, b: GroundedRelation): boolean {
  return a.type === b.type && (a.source === b.source || a.target === b.target);
}

/** The unordered pair of concepts a relation connects. */
function pairKey(relation: GroundedRelation): string {
  return relation.source < relation.target
    ? `${relation.source}\u0000${relation.target}`
    : `${relation.target}\u0000${relation.source}`;
}

function relationKey(relation: GroundedRelation): string {
  return `${relation.source}\u0000${relation.type}\u0000${relation.target}`;
}

function originalOf(kb: KnowledgeBase, id: string): string {
  return kb.originalOf.get(id) ?? id;
}
