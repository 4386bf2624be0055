import type { Passage, PassageRole } from '@notetutor/notes';
import { compoundTerms } from '../text/compound-terms';
import { normalizeForSearch } from '../text/normalize-for-search';
import { tokenize } from '../text/tokenize';

const HAN_CHARACTER = /\p{Script=Han}/gu;

/** Languages the tutor answers in; each has its own view of the index. */
export type AnswerLanguage = 'zh' | 'en';

/**
 * The passages a question in one language searches: the passages written in that language, plus those
 * in the other language that have no counterpart in it (a note nobody translated is still citable).
 * BM25 statistics are per view because Chinese passages (bigrams) are much longer in terms than English.
 */
export interface IndexView {
  /** 1 when the passage at that position belongs to the view. */
  member: Uint8Array;
  count: number;
  averageLength: number;
  /** Document frequency of each term id within the view. */
  documentFrequency: Int32Array;
  /** Document frequency of each Han character id within the view. */
  characterFrequency: Int32Array;
}

/**
 * An inverted index over the knowledge base's passages: term → postings (passage position, term frequency).
 * Built once per knowledge base (see `prepareIndex`); queries touch only the postings of their terms.
 */
export interface PassageIndex {
  passages: readonly Passage[];
  /** Passage id → position in `passages`. */
  position: ReadonlyMap<string, number>;
  /** Length of each passage in terms. */
  length: Uint32Array;
  termId: ReadonlyMap<string, number>;
  terms: readonly string[];
  postingPassages: readonly Int32Array[];
  postingFrequencies: readonly Uint16Array[];
  /**
   * Han character → id, and the passages (positions ascending) whose search text contains it: the character
   * back-off for Chinese words the notes never use (see `decideCoverage`).
   */
  characterId: ReadonlyMap<string, number>;
  characterPassages: readonly Int32Array[];
  views: Readonly<Record<AnswerLanguage, IndexView>>;
}

/** The parts of a knowledge base the index needs. */
export interface IndexSource {
  passages: ReadonlyMap<string, Passage>;
  originalOf: ReadonlyMap<string, string>;
  translationsOf: ReadonlyMap<string, readonly string[]>;
}

/**
 * Tokenises every passage (heading path included, so a bullet under "数据如何持久化？" is found by
 * "持久化") and builds the postings and the per-language views.
 *
 * @example
 * const index = buildPassageIndex(kb);
 * index.termId.has('namespac'); // true when the notes mention namespaces in English
 */
export function buildPassageIndex(source: IndexSource): PassageIndex {
  const passages = [...source.passages.values()];
  const position = new Map<string, number>();
  passages.forEach((p, i) => {
    position.set(p.id, i);
  });

  const termId = new Map<string, number>();
  const terms: string[] = [];
  const postingLists: number[][] = [];
  const length = new Uint32Array(passages.length);
  const counts = new Map<number, number>();
  const characterId = new Map<string, number>();
  const characterLists: number[][] = [];

  const structure = passageStructure(source.passages);
  passages.forEach((passage, doc) => {
    const text = passageSearchText(passage, structure);
    for (const character of new Set(normalizeForSearch(text).match(HAN_CHARACTER))) {
      let id = characterId.get(character);
      if (id === undefined) {
        id = characterLists.length;
        characterId.set(character, id);
        characterLists.push([]);
      }
      characterLists[id]?.push(doc);
    }
    const tokens = [...tokenize(text), ...compoundTerms(text)];
    length[doc] = tokens.length;
    counts.clear();
    for (const token of tokens) {
      let id = termId.get(token);
      if (id === undefined) {
        id = terms.length;
        termId.set(token, id);
        terms.push(token);
        postingLists.push([]);
      }
      counts.set(id, (counts.get(id) ?? 0) + 1);
    }
    for (const [id, tf] of counts) postingLists[id]?.push(doc, Math.min(tf, 0xffff));
  });

  const postingPassages = postingLists.map((list) => {
    const docs = new Int32Array(list.length / 2);
    for (let i = 0; i < docs.length; i++) docs[i] = list[i * 2] ?? 0;
    return docs;
  });
  const postingFrequencies = postingLists.map((list) => {
    const tfs = new Uint16Array(list.length / 2);
    for (let i = 0; i < tfs.length; i++) tfs[i] = list[i * 2 + 1] ?? 0;
    return tfs;
  });

  const characterPassages = characterLists.map((list) => Int32Array.from(list));

  const views = {
    zh: buildView('zh', source, passages, length, postingPassages, characterPassages),
    en: buildView('en', source, passages, length, postingPassages, characterPassages),
  };
  return {
    passages,
    position,
    length,
    termId,
    terms,
    postingPassages,
    postingFrequencies,
    characterId,
    characterPassages,
    views,
  };
}

/** Characters of an enclosing list item's text that a nested passage's search text borrows. */
const CONTEXT_CHARS = 120;
/** Characters of its children's text a lead-in's search text borrows. */
const CHILDREN_CHARS = 600;
/** A list item this short, or ending in a colon, introduces its children rather than stating something. */
const LEAD_IN_CHARS = 80;

/** Parent and children of the passages of the notes (by `Passage.parentId`). */
export interface PassageStructure {
  parent(passage: Passage): Passage | undefined;
  children(passage: Passage): readonly Passage[];
}

/** The list structure of the notes: which list item each nested passage belongs to. */
export function passageStructure(passages: ReadonlyMap<string, Passage>): PassageStructure {
  const children = new Map<string, Passage[]>();
  for (const passage of passages.values()) {
    if (passage.parentId === undefined) continue;
    const list = children.get(passage.parentId);
    if (list) list.push(passage);
    else children.set(passage.parentId, [passage]);
  }
  return {
    parent: (passage) => (passage.parentId === undefined ? undefined : passages.get(passage.parentId)),
    children: (passage) => children.get(passage.id) ?? [],
  };
}

/**
 * Whether a list item is a lead-in to the items nested under it ("K8s imposes the following requirements:",
 * "触发", "优点"): it has children and is short or ends in a colon. Its children carry what it says.
 */
/** A list item or table row at most this long is one entry of a list; a longer one is a paragraph in a bullet. */
const LIST_ENTRY_CHARS = 160;

/**
 * Whether a passage is an entry of a list: a short list item or a table row ("第一个字母不要大写。"), what a
 * question asking for several things ("有哪些要求？") is answered by. A bullet holding a paragraph is prose.
 */
export function isListEntry(passage: Passage): boolean {
  return (passage.kind === 'bullet' || passage.kind === 'table') && passage.text.length <= LIST_ENTRY_CHARS;
}

export function isLeadIn(passage: Passage, structure: PassageStructure): boolean {
  if (structure.children(passage).length === 0) return false;
  const text = passage.text.trim();
  return text.length <= LEAD_IN_CHARS || /[:：]$/u.test(text);
}

/**
 * What the markdown says of a passage that is not content, in words, in both languages: a `- [ ]` box says
 * "unchecked, still to do" as plainly as a sentence would, so "Which item is still unchecked?" or "清单里哪些
 * 还没完成？" finds it. Words that do not stem into everyday verbs ("unticked", not "check"), so a question
 * about checking a configuration is not drawn to checklists.
 */
function roleWords(passage: Passage): string {
  if (passage.role === undefined) return '';
  if (passage.role !== 'checklist') return ROLE_WORDS[passage.role];
  return `${ROLE_WORDS.checklist} ${passage.checked ? CHECKED_WORDS : UNCHECKED_WORDS}`;
}

const ROLE_WORDS: Record<PassageRole, string> = {
  checklist: 'checklist 清单',
  toc: 'contents',
  links: 'references 参考资料',
};
const CHECKED_WORDS = 'ticked completed 已勾选 已完成';
const UNCHECKED_WORDS = 'unchecked unticked todo 未勾选 未完成 待办';
/** Words that name checklist items and nothing else a question asks about (not "done", "完成", "list"). */
const CHECKLIST_NAMES = 'checklist unchecked unticked ticked todo 清单 勾选 待办';

let checklistTerms: ReadonlySet<string> | undefined;

/**
 * Whether a query asks about checklist items by name ("Which checklist item is still unchecked?"): those are
 * then what the question wants, not non-content to rank below content.
 */
export function namesChecklist(terms: Iterable<string>): boolean {
  checklistTerms ??= new Set(tokenize(CHECKLIST_NAMES));
  for (const term of terms) if (checklistTerms.has(term)) return true;
  return false;
}

/**
 * The text a passage is found by: its heading path, the lead-ins it is nested under (a nested bullet
 * "SAVE → 主线程执行" is found by "RDB 触发 手动" above it), its own text, and for a lead-in the text of its
 * children (what "The following requirements:" introduces is what it says), and what its markdown role says
 * (see `roleWords`).
 */
export function passageSearchText(passage: Passage, structure?: PassageStructure): string {
  const parts = [...passage.headingPath];
  if (structure) {
    const ancestors: string[] = [];
    for (let up = structure.parent(passage), depth = 0; up && depth < 3; up = structure.parent(up), depth++) {
      ancestors.unshift(up.text.slice(0, CONTEXT_CHARS));
    }
    parts.push(...ancestors);
  }
  parts.push(passage.text);
  // A fence's language (```java) is the notes writing the language's name: the block is code in it.
  if (passage.kind === 'code' && passage.codeLang) parts.push(passage.codeLang);
  const role = roleWords(passage);
  if (role !== '') parts.push(role);
  if (structure && isLeadIn(passage, structure)) {
    let budget = CHILDREN_CHARS;
    for (const child of structure.children(passage)) {
      if (budget <= 0) break;
      parts.push(child.text.slice(0, budget));
      budget -= child.text.length;
    }
  }
  return parts.join(' \n ');
}

function buildView(
  language: AnswerLanguage,
  source: IndexSource,
  passages: readonly Passage[],
  length: Uint32Array,
  postingPassages: readonly Int32Array[],
  characterPassages: readonly Int32Array[],
): IndexView {
  const member = new Uint8Array(passages.length);
  let count = 0;
  let totalLength = 0;
  passages.forEach((passage, doc) => {
    if (passage.lang === language || !hasCounterpartIn(language, passage, source)) {
      member[doc] = 1;
      count++;
      totalLength += length[doc] ?? 0;
    }
  });
  const frequencies = (postings: readonly Int32Array[]) => {
    const frequency = new Int32Array(postings.length);
    postings.forEach((docs, id) => {
      let df = 0;
      for (const doc of docs) df += member[doc] ?? 0;
      frequency[id] = df;
    });
    return frequency;
  };
  return {
    member,
    count,
    averageLength: count > 0 ? totalLength / count : 0,
    documentFrequency: frequencies(postingPassages),
    characterFrequency: frequencies(characterPassages),
  };
}

function hasCounterpartIn(language: AnswerLanguage, passage: Passage, source: IndexSource): boolean {
  const originalId = source.originalOf.get(passage.id);
  if (originalId !== undefined && source.passages.get(originalId)?.lang === language) return true;
  for (const id of source.translationsOf.get(passage.id) ?? []) {
    if (source.passages.get(id)?.lang === language) return true;
  }
  return false;
}
