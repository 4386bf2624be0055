import type { ConceptMention, KnowledgeBase } from '@notetutor/graph';
import { bilingualDictionary, zipfFrequency } from '@notetutor/lexicon';
import type { Passage } from '@notetutor/notes';
import {
  type SpellingCorrector,
  type SpellingTables,
  spellingCorrectorFrom,
  spellingTables,
} from '../text/spelling-corrector';
import { buildConceptAdjacency, type ConceptAdjacency } from './concept-adjacency';
import { answersAspect, type QuestionAspect } from './detect-question-aspect';
import { type FlatLists, flatLists, listAt } from './flat-lists';
import {
  findMentions,
  headingKeysByFile,
  headingTopicsBySection,
  passageContexts,
  restatesHeading,
} from './heading-context';
import type { IndexTable } from './index-table';
import { passageInLanguage } from './passage-in-language';
import {
  type AnswerLanguage,
  buildPassageIndex,
  isLeadIn,
  isListEntry,
  type PassageIndex,
  type PassageStructure,
} from './passage-index';

/** Everything grounding precomputes for one knowledge base. */
export interface TutorIndex {
  passages: PassageIndex;
  /**
   * Per passage position: how much a passage can be worth as an answer, 1 for ordinary text, less for a
   * passage that only restates a heading (a table-of-contents line) and so supports nothing by itself.
   */
  prior: Float32Array;
  /** Corrects misspelt Latin query terms against the terms of the notes. */
  spelling: SpellingCorrector;
  /** Passage positions (in `language`'s view) of the passages that mention a concept. */
  evidence(conceptId: string, language: AnswerLanguage): Int32Array;
  /**
   * How specific a concept is, in (0, 1]: 1 for a concept few passages mention, near 0 for one mentioned
   * everywhere (`docker` in Docker notes), so naming it says little about which passage answers.
   */
  specificity(conceptId: string): number;
  /**
   * Whether a concept is a hub of the notes: mentioned in at least half their passages (`Docker` and
   * `container` in Docker notes). Relations and follow-ups about a hub teach little.
   */
  isHub(conceptId: string): boolean;
  /** The concept a passage names first (what it is about), by passage position. */
  topic(position: number): string | undefined;
  /**
   * The concept the passage's own heading names, when the heading is that concept's name ("## RDB",
   * "### 孤儿进程与僵尸进程" names two, so none): outline notes state things under a heading without repeating it.
   */
  headingTopic(position: number): string | undefined;
  /** Positions of the passages under a heading naming the concept (see `headingTopic`), ascending. */
  sectionPassages(conceptId: string): readonly number[];
  /** Whether the passage is the first of its section: under a heading naming a concept, its definition. */
  leadsSection(position: number): boolean;
  /**
   * Whether the notes have passages in the other language that `language`'s view reads untranslated (Chinese
   * notes asked in English): then the question is translated (see `translateQuestion`).
   */
  hasOtherLanguage(language: AnswerLanguage): boolean;
  /** Whether the passage (by position) is labelled as answering an aspect ("Why - …"; see `answersAspect`). */
  answersAspect(position: number, aspect: QuestionAspect): boolean;
  /** Nested lists: each passage's parent list item and children. */
  structure: PassageStructure;
  /** Concept ids by centrality, most central first (at most 12): what the notes are mainly about. */
  centralConcepts: readonly string[];
  /**
   * The concepts a passage (by position) mentions, with those its original mentions when it is a
   * translation (`kb.passageConcepts`).
   */
  conceptsAt(position: number): ReadonlySet<string>;
  /**
   * Concepts a passage (by position) is placed under without naming them: those its file's path and its
   * headings name (a table row in `nginx/install-nginx.md` under "编译选项" is about nginx). Excludes
   * {@link TutorIndex.conceptsAt}.
   */
  contextAt(position: number): ReadonlySet<string>;
  /** Positions (in `language`'s view) of the passages a concept is the context of (see `contextAt`), ascending. */
  contextPositions(conceptId: string, language: AnswerLanguage): readonly number[];
  /** Where each passage (by position) names concepts: `kb.lookup.find` of its text, in its language. */
  mentions(position: number): readonly ConceptMention[];
  /** The concept graph as adjacency arrays, for walks. */
  adjacency: ConceptAdjacency;
  /** The table `table` declares, created on first use and kept with this index (see `indexTable`). */
  table<T>(table: IndexTable<T>): T;
}

/**
 * The prior of a passage that is not content: one restating a heading, a table-of-contents entry, a checklist
 * item, a list of links. Still citable, ranked below content.
 */
const NON_CONTENT_PRIOR = 0.35;

// The one cache of the tutor: every table derived from a knowledge base hangs off its index (`table`).
const cache = new WeakMap<KnowledgeBase, TutorIndex>();

/**
 * Every table of a {@link TutorIndex} as plain data (maps, arrays, typed arrays; no functions), so that it can
 * be computed in a worker thread and sent over `postMessage`; {@link adoptIndexData} only wraps it. Per-passage
 * and per-concept lists are flat typed arrays ({@link FlatLists}) that cross a thread as a few buffer copies.
 * `passages.passages` may be left empty in transit: {@link adoptIndexData} puts the knowledge base's own
 * passage objects back.
 */
export interface TutorIndexData {
  passages: PassageIndex;
  prior: Float32Array;
  topics: Array<string | undefined>;
  mentions: Array<readonly ConceptMention[]>;
  concepts: string[][];
  centralConcepts: string[];
  evidence: Record<AnswerLanguage, Map<string, Int32Array>>;
  specificity: Map<string, number>;
  /** The concept ids the tables below refer to by index. */
  names: string[];
  /** Per passage position: the index in `names` of its heading's concept (`headingTopic`), or -1. */
  headingTopics: Int32Array;
  /** Per index in `names`: the positions under a heading naming that concept (`sectionPassages`). */
  sectionPassages: FlatLists;
  /** Per passage position: the indexes in `names` of the concepts it is placed under (`contextAt`). */
  context: FlatLists;
  /** Per language, per index in `names`: the positions in that view the concept is the context of. */
  contextPositions: Record<AnswerLanguage, FlatLists>;
  /** Per passage position: 1 when it leads its section (`leadsSection`). */
  leads: Uint8Array;
  /** Per passage position: the positions of the list items nested under it (`structure.children`). */
  children: FlatLists;
  otherLanguage: Record<AnswerLanguage, boolean>;
  adjacency: ConceptAdjacency;
  spelling: SpellingTables;
}

/**
 * Builds (once per knowledge base object, cached in a WeakMap) the passage index and the tables grounding
 * needs. Call it when a knowledge base is loaded so the first question does not pay for it.
 *
 * @example
 * const kb = await loadKnowledgeBase('data/notes');
 * prepareIndex(kb); // warm: groundQuestion(kb, …) now only queries
 */
export function prepareIndex(kb: KnowledgeBase): TutorIndex {
  const cached = cache.get(kb);
  if (cached !== undefined) return cached;
  return adoptIndexData(kb, computeIndexData(kb));
}

/**
 * Computes the data of the tutor index of `kb` (every per-passage and per-concept table), without caching.
 *
 * @example
 * // in a worker: postMessage(computeIndexData(kb)); on the main thread: adoptIndexData(kb, data)
 */
export function computeIndexData(kb: KnowledgeBase): TutorIndexData {
  const passages = buildPassageIndex(kb);
  const prior = new Float32Array(passages.passages.length);
  const headingKeys = headingKeysByFile(kb);
  passages.passages.forEach((passage, i) => {
    prior[i] = restatesHeading(passage, headingKeys) || passage.role !== undefined ? NON_CONTENT_PRIOR : 1;
  });
  const centralConcepts = kb.graph
    .mapNodes((id, attributes) => ({ id, centrality: attributes.centrality }))
    .sort((a, b) => b.centrality - a.centrality || (a.id < b.id ? -1 : 1))
    .slice(0, 12)
    .map((entry) => entry.id);
  // A translation is about what its original is about (the original's wording is authoritative; English
  // `host:` is ambiguous where Chinese `host：` names host mode).
  const topics = passages.passages.map((passage) => {
    const original = kb.passageConcepts.get(kb.originalOf.get(passage.id) ?? '');
    return (original && original.length > 0 ? original : kb.passageConcepts.get(passage.id))?.[0];
  });
  const mentions = passages.passages.map((passage) => findMentions(kb, passage));
  const concepts = passages.passages.map((passage) => {
    const ids = new Set(kb.passageConcepts.get(passage.id) ?? []);
    const originalId = kb.originalOf.get(passage.id);
    if (originalId !== undefined) for (const id of kb.passageConcepts.get(originalId) ?? []) ids.add(id);
    return [...ids];
  });
  const tables = derivedTables(kb, passages, concepts);
  const data: TutorIndexData = {
    passages,
    prior,
    topics,
    mentions,
    concepts,
    centralConcepts,
    evidence: { zh: new Map(), en: new Map() },
    specificity: new Map(),
    ...tables,
    adjacency: buildConceptAdjacency(kb),
    spelling: spellingTables(passages.terms),
  };
  // Warm the per-concept tables too, so no question pays for them.
  const index = indexFromData(kb, data);
  for (const conceptId of kb.graph.nodes()) {
    index.evidence(conceptId, 'zh');
    index.evidence(conceptId, 'en');
    index.specificity(conceptId);
  }
  return data;
}

/**
 * Makes `data` (from {@link computeIndexData}, possibly built elsewhere and sent over) the tutor index of `kb`,
 * as if `prepareIndex(kb)` had built it: later `prepareIndex(kb)` calls return it.
 *
 * @example
 * const kb = importKnowledgeBase(message.kb);
 * adoptIndexData(kb, message.index);
 */
export function adoptIndexData(
  kb: KnowledgeBase,
  data: TutorIndexData,
  options: { warm?: boolean } = {},
): TutorIndex {
  if (data.passages.passages.length === 0 && kb.passages.size > 0) {
    data.passages.passages = [...kb.passages.values()];
  }
  const index = indexFromData(kb, data);
  cache.set(kb, index);
  // Warm the language data questions are weighed and translated with (loaded once per process), here where
  // questions are answered rather than in computeIndexData: a build worker never loads it. `warm: false`
  // leaves it to the caller (a server runs `warmLanguageData` in steps of its own).
  if (options.warm !== false) for (const _ of warmLanguageData(data.otherLanguage));
  return index;
}

/**
 * Loads the language data questions are weighed and translated with, one table per step (each is read once
 * per process: English and Chinese word frequencies, and the bilingual dictionary when the notes have passages
 * in both languages), so that a server can answer requests between the loads.
 *
 * @example
 * for (const _ of warmLanguageData(data.otherLanguage)); // all at once
 */
export function* warmLanguageData(
  otherLanguage: TutorIndexData['otherLanguage'],
): Generator<void, void, void> {
  zipfFrequency('the', 'en');
  yield;
  zipfFrequency('的', 'zh');
  if (otherLanguage.zh || otherLanguage.en) {
    yield;
    bilingualDictionary();
  }
}

/**
 * The tables {@link TutorIndexData} holds beyond the passage index, from the notes' headings, file paths and
 * list structure: which concept each heading names, what each passage is placed under, which passages lead
 * their section, which list items nest under which.
 */
function derivedTables(
  kb: KnowledgeBase,
  passages: PassageIndex,
  concepts: readonly string[][],
): Pick<
  TutorIndexData,
  | 'names'
  | 'headingTopics'
  | 'sectionPassages'
  | 'context'
  | 'contextPositions'
  | 'leads'
  | 'children'
  | 'otherLanguage'
> {
  const list = passages.passages;
  const names: string[] = [];
  const nameIndex = new Map<string, number>();
  const nameOf = (id: string) => {
    let at = nameIndex.get(id);
    if (at === undefined) {
      at = names.push(id) - 1;
      nameIndex.set(id, at);
    }
    return at;
  };
  const sectionTopics = headingTopicsBySection(kb);
  const headingTopics = new Int32Array(list.length).fill(-1);
  const byHeadingTopic: number[][] = [];
  list.forEach((passage, position) => {
    const original = kb.passages.get(kb.originalOf.get(passage.id) ?? '');
    const id = sectionTopics.get((original ?? passage).sectionId);
    if (id === undefined) return;
    const at = nameOf(id);
    headingTopics[position] = at;
    pushAt(byHeadingTopic, at, position);
  });
  const otherLanguage = { zh: false, en: false };
  list.forEach((passage, i) => {
    for (const language of ['zh', 'en'] as const) {
      if (passage.lang !== language && passages.views[language].member[i] === 1)
        otherLanguage[language] = true;
    }
  });
  const context = passageContexts(
    kb,
    list,
    concepts.map((ids) => new Set(ids)),
  ).map((ids) => [...ids].map(nameOf));
  const byContext: Record<AnswerLanguage, number[][]> = { zh: [], en: [] };
  context.forEach((ids, position) => {
    for (const language of ['zh', 'en'] as const) {
      if (passages.views[language].member[position] !== 1) continue;
      for (const at of ids) pushAt(byContext[language], at, position);
    }
  });
  const leads = new Uint8Array(list.length);
  list.forEach((passage, i) => {
    const previous = list[i - 1];
    leads[i] =
      previous === undefined || previous.sectionId !== passage.sectionId || previous.file !== passage.file
        ? 1
        : 0;
  });
  const children: number[][] = list.map(() => []);
  list.forEach((passage, position) => {
    if (passage.parentId === undefined) return;
    const parent = passages.position.get(passage.parentId);
    if (parent !== undefined) children[parent]?.push(position);
  });
  const perName = (lists: number[][]) => flatLists(names.map((_, at) => lists[at] ?? []));
  return {
    names,
    headingTopics,
    sectionPassages: perName(byHeadingTopic),
    context: flatLists(context),
    contextPositions: { zh: perName(byContext.zh), en: perName(byContext.en) },
    leads,
    children: flatLists(children),
    otherLanguage,
  };
}

function pushAt(lists: number[][], at: number, value: number): void {
  const list = lists[at];
  if (list) list.push(value);
  else lists[at] = [value];
}

/**
 * Wraps the tables of `data` as a {@link TutorIndex}: no table is derived here (that happens where
 * `computeIndexData` runs, possibly another thread); the sets and lists the interface hands out are made from
 * the flat tables on first use, each in time proportional to its own size.
 */
function indexFromData(kb: KnowledgeBase, data: TutorIndexData): TutorIndex {
  const { passages, evidence: evidenceCache, specificity: specificityCache, names } = data;
  const nameIndex = new Map<string, number>();
  names.forEach((id, at) => {
    nameIndex.set(id, at);
  });
  const noConcepts: ReadonlySet<string> = new Set();
  const conceptSets: Array<ReadonlySet<string> | undefined> = [];
  const contextSets: Array<ReadonlySet<string> | undefined> = [];
  const inRange = (position: number) =>
    Number.isInteger(position) && position >= 0 && position < passages.passages.length;
  // Lists by concept, made from the flat tables on first use and kept.
  const perConcept = (flat: FlatLists) => {
    const made = new Map<string, readonly number[]>();
    return (conceptId: string): readonly number[] => {
      let list = made.get(conceptId);
      if (list === undefined) {
        const at = nameIndex.get(conceptId);
        list = at === undefined ? [] : Array.from(listAt(flat, at));
        made.set(conceptId, list);
      }
      return list;
    };
  };
  const contextPositions = {
    zh: perConcept(data.contextPositions.zh),
    en: perConcept(data.contextPositions.en),
  };
  const sectionPassages = perConcept(data.sectionPassages);
  const children = new Map<number, readonly Passage[]>();
  const noChildren: readonly Passage[] = [];
  const structure: PassageStructure = {
    parent: (passage) => (passage.parentId === undefined ? undefined : kb.passages.get(passage.parentId)),
    children(passage) {
      const position = passages.position.get(passage.id);
      if (position === undefined) return noChildren;
      let list = children.get(position);
      if (list === undefined) {
        list = Array.from(listAt(data.children, position), (at) => passages.passages[at] as Passage);
        children.set(position, list);
      }
      return list;
    },
  };
  const otherLanguage = data.otherLanguage;
  const tables = new Map<IndexTable<unknown>, unknown>();
  const index: TutorIndex = {
    passages,
    centralConcepts: data.centralConcepts,
    table<T>(table: IndexTable<T>): T {
      if (!tables.has(table)) tables.set(table, table.create(kb, index));
      return tables.get(table) as T;
    },
    mentions: (position) => data.mentions[position] ?? [],
    conceptsAt(position) {
      if (!inRange(position)) return noConcepts;
      let set = conceptSets[position];
      if (set === undefined) {
        set = new Set(data.concepts[position]);
        conceptSets[position] = set;
      }
      return set;
    },
    contextAt(position) {
      if (!inRange(position)) return noConcepts;
      let set = contextSets[position];
      if (set === undefined) {
        set = new Set(Array.from(listAt(data.context, position), (at) => names[at] as string));
        contextSets[position] = set;
      }
      return set;
    },
    contextPositions: (conceptId, language) => contextPositions[language](conceptId),
    adjacency: data.adjacency,
    topic: (position) => data.topics[position],
    headingTopic(position) {
      const at = data.headingTopics[position];
      return at === undefined || at < 0 ? undefined : names[at];
    },
    leadsSection: (position) => data.leads[position] === 1,
    sectionPassages,
    hasOtherLanguage: (language) => otherLanguage[language],
    answersAspect(position, aspect) {
      const passage = passages.passages[position];
      if (passage === undefined) return false;
      // "有哪些要求？" is answered by a list: an item of one, a table row, or the lead-in over its items.
      if (aspect === 'list' && (isListEntry(passage) || isLeadIn(passage, structure))) return true;
      return answersAspect(passage.text, aspect);
    },
    structure,
    prior: data.prior,
    spelling: spellingCorrectorFrom(data.spelling),
    evidence(conceptId, language) {
      const known = evidenceCache[language].get(conceptId);
      if (known !== undefined) return known;
      const positions = evidencePositions(kb, passages, conceptId, language);
      evidenceCache[language].set(conceptId, positions);
      return positions;
    },
    isHub(conceptId) {
      const view = passages.views.zh.count >= passages.views.en.count ? 'zh' : 'en';
      return 2 * index.evidence(conceptId, view).length >= passages.views[view].count;
    },
    specificity(conceptId) {
      const known = specificityCache.get(conceptId);
      if (known !== undefined) return known;
      const view = passages.views.zh.count >= passages.views.en.count ? 'zh' : 'en';
      const count = passages.views[view].count;
      // Passages placed under the concept (its file, its headings) are about it as much as those naming it.
      const mentioned =
        index.evidence(conceptId, view).length + index.contextPositions(conceptId, view).length;
      const value = count <= 1 ? 1 : Math.log(1 + count / (1 + mentioned)) / Math.log(1 + count);
      specificityCache.set(conceptId, Math.min(1, Math.max(0.05, value)));
      return specificityCache.get(conceptId) as number;
    },
  };
  return index;
}

function evidencePositions(
  kb: KnowledgeBase,
  index: PassageIndex,
  conceptId: string,
  language: AnswerLanguage,
): Int32Array {
  if (!kb.graph.hasNode(conceptId)) return new Int32Array(0);
  const view = index.views[language];
  const positions = new Set<number>();
  for (const id of kb.graph.getNodeAttribute(conceptId, 'evidence')) {
    const position = index.position.get(passageInLanguage(kb, id, language));
    if (position !== undefined && view.member[position] === 1) positions.add(position);
  }
  return Int32Array.from([...positions].sort((a, b) => a - b));
}
