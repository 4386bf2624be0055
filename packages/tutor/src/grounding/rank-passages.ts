import type { KnowledgeBase } from '@notetutor/graph';
import { tokenize } from '../text/tokenize';
import type { QuestionAspect } from './detect-question-aspect';
import { indexTable } from './index-table';
import { passageInLanguage } from './passage-in-language';
import { type AnswerLanguage, isLeadIn, namesChecklist } from './passage-index';
import type { TutorIndex } from './prepare-index';
import { type Bm25Scratch, createBm25Scratch, idfInView, type QueryTerm, scoreBm25 } from './score-bm25';

/** A concept that steers ranking, with how much it counts (already scaled by specificity). */
export interface WeightedConcept {
  id: string;
  weight: number;
}

/** What a question brings to ranking. */
export interface RankingQuery {
  language: AnswerLanguage;
  terms: readonly QueryTerm[];
  /** Concepts the question (or its conversation) names. */
  linked: readonly WeightedConcept[];
  /** Concepts reached by graph expansion (personalised PageRank), not linked themselves. */
  expanded: readonly WeightedConcept[];
  /** Passages stating a relation between the linked concepts (or on the path between them). */
  relationEvidence: ReadonlyMap<string, number>;
  /** Concepts the question asks to define ("What is a container?"): their defining passage leads. */
  defining?: readonly string[];
  /** What the question asks about its subject: a passage labelled for it ("Why - …") counts more. */
  aspect?: QuestionAspect;
}

/** A ranked passage position with the parts of its score. */
export interface RankedCandidate {
  position: number;
  score: number;
  /** Raw BM25 score. */
  bm25: number;
}

/** Boost for a passage that mentions a linked concept (per unit of concept weight). */
export const LINKED_EVIDENCE_BOOST = 0.6;
/**
 * Boost for a passage placed under a linked concept (its file or headings name it) without naming it: half
 * of naming it, since a heading covers its whole section, passages that say little about it too.
 */
export const CONTEXT_BOOST = LINKED_EVIDENCE_BOOST / 2;
/** Boost for the passage that defines a linked concept. */
export const DEFINITION_BOOST = 0.3;
/** Boost for the passage defining the concept a "what is X?" question asks about, whatever its specificity. */
export const DEFINITION_QUESTION_BOOST = 0.5;
/** Boost for a passage whose first-mentioned concept is a linked concept: the passage is about it. */
export const TOPIC_BOOST = 0.5;
/** Boost for a passage stating a relation between linked concepts. */
export const RELATION_BOOST = 0.4;
/** Share a passage's score grows when it is labelled as answering the question's aspect ("Why - …"). */
export const ASPECT_BOOST = 0.35;
/**
 * Boost, at most, for a passage under a heading that words the question (`解决 CS 问题的三个条件` for "临界区
 * 问题的解法需要满足哪三个条件？"): a heading sums up its section, so it weighs as a field of its own (BM25F).
 */
export const HEADING_MATCH_BOOST = 0.5;
/** Boost for a passage mentioning a concept reached by graph expansion. */
export const EXPANSION_BOOST = 0.25;

/**
 * Ranks the passages of the question's language: BM25 normalised by the best BM25 score, plus boosts for
 * passages that are evidence of the linked concepts, that are about them (name them first), that define them, that state relations between them,
 * and (less, the best one only) that mention concepts graph expansion reached, all times the passage's prior. Only touched
 * passages are scored: those with a query term or a boost.
 *
 * @example
 * const { candidates } = rankPassages(prepareIndex(kb), kb, query, 8);
 */
export function rankPassages(
  index: TutorIndex,
  kb: KnowledgeBase,
  query: RankingQuery,
  limit: number,
): { candidates: RankedCandidate[] } {
  const scratch = index.table(RANKING_SCRATCH);
  const checklistAsked = namesChecklist(query.terms.map((t) => t.term));
  const bm25 = scoreBm25(index.passages, query.language, query.terms, scratch.bm25);
  let maxBm25 = 0;
  for (const position of bm25.touched) maxBm25 = Math.max(maxBm25, bm25.scores[position] as number);

  // Boosts accumulate in arrays the size of the corpus kept per index, cleared through the list of
  // positions they touched: a question allocates nothing per boosted passage.
  const { boost, expansion, relations, boosted } = scratch;
  let boostedCount = 0;
  const mark = (position: number) => {
    if (boost[position] === 0 && expansion[position] === 0 && relations[position] === 0) {
      boosted[boostedCount++] = position;
    }
  };
  const add = (position: number, value: number) => {
    if (value <= 0) return;
    mark(position);
    boost[position] = (boost[position] as number) + value;
  };
  const sectioned = headingSections(index, query);
  const leadInTable = index.table(LEAD_INS);
  for (const concept of query.linked) {
    const leadIns = new Set<number>();
    for (const position of index.evidence(concept.id, query.language)) {
      add(position, LINKED_EVIDENCE_BOOST * concept.weight);
      if (index.topic(position) === concept.id) add(position, TOPIC_BOOST * concept.weight);
      // A lead-in and its items are one unit ("clone 接收一些 flag…" over "…就相当于创建了一个线程"): an item
      // naming the concept makes the unit speak of it, once however many items do.
      const leadIn = leadInOf(index, leadInTable, position);
      if (leadIn !== undefined && !index.conceptsAt(leadIn).has(concept.id)) leadIns.add(leadIn);
    }
    for (const position of leadIns) add(position, LINKED_EVIDENCE_BOOST * concept.weight);
    // In a file or under headings naming the concept, a passage speaks of it without repeating its name: it
    // counts as mentioning it, so a concept every passage of its file is about does not favour the few that
    // happen to repeat its name.
    for (const position of index.contextPositions(concept.id, query.language)) {
      add(position, CONTEXT_BOOST * concept.weight);
    }
    // Under a heading that names the concept, passages are about it even where they do not repeat its name.
    for (const position of sectioned.get(concept.id) ?? []) {
      if (index.topic(position) === concept.id) continue;
      add(position, TOPIC_BOOST * concept.weight);
    }
    const definition = kb.graph.hasNode(concept.id)
      ? kb.graph.getNodeAttribute(concept.id, 'definition')
      : null;
    const position =
      definition === null ? undefined : positionInLanguage(index, kb, definition, query.language);
    if (position !== undefined) add(position, DEFINITION_BOOST * concept.weight);
  }
  for (const id of query.defining ?? []) {
    const definition = kb.graph.hasNode(id) ? kb.graph.getNodeAttribute(id, 'definition') : null;
    const position =
      definition === null ? undefined : positionInLanguage(index, kb, definition, query.language);
    // The first passage under a heading naming the concept defines it in outline notes ("## RDB" → "定义：…").
    const leading = (sectioned.get(id) ?? []).find((p) => index.leadsSection(p));
    if (leading !== undefined) add(leading, DEFINITION_QUESTION_BOOST);
    else if (position !== undefined) add(position, DEFINITION_QUESTION_BOOST);
  }
  // Expansion breaks ties; it must not let a passage that lists many neighbours (an overview) outrank the
  // passage about the concept asked, so a passage gets the boost of its best expanded concept, not the sum.
  for (const concept of query.expanded) {
    const value = EXPANSION_BOOST * concept.weight;
    if (value <= 0) continue;
    for (const position of index.evidence(concept.id, query.language)) {
      mark(position);
      expansion[position] = Math.max(expansion[position] as number, value);
    }
  }
  // An original and its translation are one passage of the view: boost it once, by its weightiest relation.
  for (const [id, weight] of query.relationEvidence) {
    const position = positionInLanguage(index, kb, id, query.language);
    if (position === undefined || weight <= 0) continue;
    mark(position);
    relations[position] = Math.max(relations[position] as number, weight);
  }

  const headingShare = headingMatch(index, query);
  for (const position of bm25.touched) add(position, HEADING_MATCH_BOOST * headingShare(position));

  // The best `limit` candidates, kept sorted by insertion (score, then position): never more objects than that.
  const candidates: RankedCandidate[] = [];
  const better = (a: RankedCandidate, score: number, position: number) =>
    a.score > score || (a.score === score && a.position < position);
  const consider = (position: number) => {
    const raw = bm25.scores[position] as number;
    const lexical = maxBm25 > 0 ? raw / maxBm25 : 0;
    const extra =
      (boost[position] as number) +
      (expansion[position] as number) +
      RELATION_BOOST * (relations[position] as number);
    const prior =
      checklistAsked && index.passages.passages[position]?.role === 'checklist'
        ? 1
        : (index.prior[position] as number);
    let score = prior * (lexical + extra);
    if (query.aspect !== undefined && index.answersAspect(position, query.aspect)) score *= 1 + ASPECT_BOOST;
    if (score <= 0 || limit <= 0) return;
    const last = candidates[candidates.length - 1];
    if (candidates.length >= limit && last !== undefined && better(last, score, position)) return;
    let at = candidates.length;
    while (at > 0 && !better(candidates[at - 1] as RankedCandidate, score, position)) at--;
    candidates.splice(at, 0, { position, score, bm25: raw });
    if (candidates.length > limit) candidates.length = limit;
  };
  for (const position of bm25.touched) consider(position);
  for (let i = 0; i < boostedCount; i++) {
    const position = boosted[i] as number;
    if ((bm25.scores[position] as number) === 0) consider(position);
  }
  for (let i = 0; i < boostedCount; i++) {
    const position = boosted[i] as number;
    boost[position] = 0;
    expansion[position] = 0;
    relations[position] = 0;
  }
  return { candidates };
}

/**
 * The share of the question's information (IDF of its typed terms the notes use) the title of a passage's own section holds,
 * with its linked concepts named there counted as their terms; 0 below half, so a heading sharing one word
 * with the question does not pull its section.
 */
function headingMatch(index: TutorIndex, query: RankingQuery): (position: number) => number {
  const idf = (term: string) => idfInView(index.passages, query.language, term);
  // Terms the notes never use are in no heading: the share is of what the notes could hold.
  const typed = query.terms.filter((t) => t.weight >= 1 && idf(t.term) > 0);
  const total = typed.reduce((sum, t) => sum + idf(t.term), 0);
  // The terms each linked concept's names are made of: a heading naming the concept (`CS`) holds them.
  const aliasTerms = index.table(ALIAS_TERMS);
  const conceptTerms = query.linked.map((c) => ({ id: c.id, terms: aliasTerms.of(c.id) }));
  const headings = index.table(HEADINGS);
  const shares = new Map<number, number>();
  return (position) => {
    const heading = headings.of(position);
    if (heading === undefined || total <= 0) return 0;
    let share = shares.get(heading.at);
    if (share === undefined) {
      let held = 0;
      for (const t of typed) {
        const named = conceptTerms.some((c) => c.terms.has(t.term) && heading.concepts.has(c.id));
        if (heading.terms.has(t.term) || named) held += idf(t.term);
      }
      share = held / total >= 0.5 ? held / total : 0;
      shares.set(heading.at, share);
    }
    return share;
  };
}

/** Per concept, the index terms its names (aliases) are made of, read once per index. */
const ALIAS_TERMS = indexTable('concept alias terms', (kb) => {
  const byConcept = new Map<string, ReadonlySet<string>>();
  return {
    of(id: string): ReadonlySet<string> {
      let terms = byConcept.get(id);
      if (terms === undefined) {
        const names: string[] = kb.graph.hasNode(id) ? (kb.graph.getNodeAttribute(id, 'aliases') ?? []) : [];
        terms = new Set(names.flatMap((name) => tokenize(name)));
        byConcept.set(id, terms);
      }
      return terms;
    },
  };
});

/** A section's own heading, read once per index: its index terms and the concepts it names. */
interface HeadingEntry {
  /** A number for the heading, the same for every passage under it. */
  at: number;
  terms: ReadonlySet<string>;
  concepts: ReadonlySet<string>;
}

/** Per passage position, its own section's heading (see {@link HeadingEntry}), read on first use. */
const HEADINGS = indexTable('section headings', (kb, index) => {
  const bySection = new Map<string, HeadingEntry>();
  const atPosition: Array<HeadingEntry | null | undefined> = [];
  return {
    of(position: number): HeadingEntry | undefined {
      const known = atPosition[position];
      if (known !== undefined) return known ?? undefined;
      const passage = index.passages.passages[position];
      const title = passage?.headingPath.at(-1);
      let entry: HeadingEntry | undefined;
      if (passage && title !== undefined) {
        const key = `${passage.file}\u0000${passage.sectionId}`;
        entry = bySection.get(key);
        if (entry === undefined) {
          entry = {
            at: bySection.size,
            terms: new Set(tokenize(title)),
            concepts: namedIn(kb, title, passage.lang),
          };
          bySection.set(key, entry);
        }
      }
      atPosition[position] = entry ?? null;
      return entry;
    },
  };
});

/** The concepts a heading names (none when the lookup cannot read it). */
function namedIn(kb: KnowledgeBase, title: string, lang: 'zh' | 'en'): Set<string> {
  try {
    return new Set(kb.lookup.find(title, { lang }).map((m) => m.id));
  } catch {
    return new Set();
  }
}

/** The position of the lead-in a passage is an item of (see `isLeadIn`), if it is one. */
function leadInOf(index: TutorIndex, table: Int32Array, position: number): number | undefined {
  let at = table[position] as number;
  if (at === UNREAD) {
    const passage = index.passages.passages[position];
    const parent = passage && index.structure.parent(passage);
    const lead =
      parent !== undefined && isLeadIn(parent, index.structure)
        ? index.passages.position.get(parent.id)
        : undefined;
    at = lead ?? NO_LEAD_IN;
    table[position] = at;
  }
  return at === NO_LEAD_IN ? undefined : at;
}

const UNREAD = -2;
const NO_LEAD_IN = -1;
/** Per passage position, the position of the lead-in it is an item of, read on first use. */
const LEAD_INS = indexTable('lead-ins', (_kb, { passages }) =>
  new Int32Array(passages.passages.length).fill(UNREAD),
);

/** Linked (and defined) concepts → positions in the query's view of passages under a heading naming them. */
function headingSections(index: TutorIndex, query: RankingQuery): Map<string, number[]> {
  const wanted = new Set([...query.linked.map((c) => c.id), ...(query.defining ?? [])]);
  const sections = new Map<string, number[]>();
  if (wanted.size === 0) return sections;
  const view = index.passages.views[query.language];
  for (const id of wanted) {
    const positions = index.sectionPassages(id);
    const inView = positions.filter((p) => view.member[p] === 1);
    if (inView.length > 0) sections.set(id, inView);
  }
  return sections;
}

/** Buffers for ranking the questions asked of one index, one after the other. */
interface RankingScratch {
  bm25: Bm25Scratch;
  boost: Float64Array;
  expansion: Float64Array;
  relations: Float64Array;
  /** Positions with a non-zero boost, expansion or relation, to clear them after the question. */
  boosted: Int32Array;
}

/** One scratch per index: questions are ranked one at a time (JavaScript runs one at a time). */
const RANKING_SCRATCH = indexTable('ranking scratch', (_kb, { passages }): RankingScratch => {
  const size = passages.passages.length;
  return {
    bm25: createBm25Scratch(passages),
    boost: new Float64Array(size),
    expansion: new Float64Array(size),
    relations: new Float64Array(size),
    boosted: new Int32Array(size),
  };
});

const POSITIONS_IN_LANGUAGE = indexTable(
  'positions in language',
  (): Record<AnswerLanguage, Map<string, number>> => ({ zh: new Map(), en: new Map() }),
);

/** The position in `language`'s view of a passage or its counterpart (-1: none), remembered per index. */
function positionInLanguage(
  index: TutorIndex,
  kb: KnowledgeBase,
  id: string,
  language: AnswerLanguage,
): number | undefined {
  const cache = index.table(POSITIONS_IN_LANGUAGE);
  let position = cache[language].get(id);
  if (position === undefined) {
    const found = index.passages.position.get(passageInLanguage(kb, id, language));
    position = found === undefined || index.passages.views[language].member[found] !== 1 ? -1 : found;
    cache[language].set(id, position);
  }
  return position === -1 ? undefined : position;
}
