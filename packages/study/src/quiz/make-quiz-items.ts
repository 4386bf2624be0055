import { createHash } from 'node:crypto';
import type { QuizDifficulty, RelationType } from '@notetutor/contracts';
import type { KnowledgeBase } from '@notetutor/graph';
import type { Lang } from '@notetutor/notes';
import { type FoundSentence, findSentenceNaming, quotableSentences } from '../cards/find-sentences';
import { makeDefinitionCards } from '../cards/make-definition-cards';
import { originalsOf } from '../cards/passage-in-language';
import { conceptSiblings } from './concept-siblings';
import { foldAnswer } from './fold-answer';
import { isJunkConcept } from './is-junk-concept';
import { quizCitation } from './quiz-citation';
import { quizConceptName } from './quiz-concept-name';
import type { QuizItem } from './quiz-item';
import { relationStatement } from './relation-statement';
import { createSeededRandom } from './seeded-random';

const BLANK = '____';
/** Too loose to ask about (co-occurrence) or symmetric (no direction to ask). */
const NOT_ASKED = new Set<RelationType>(['related-to', 'contrasts-with']);
/** Relations by which one concept is a kind, part or realisation of another. */
const HIERARCHY = new Set<RelationType>(['part-of', 'implemented-by', 'based-on']);
const MAX_DISTRACTORS = 3;
const LIST_AFTER = /^\s*(?:[、,，/／]|和|或|与|及|and\s|or\s)/;
const LIST_BEFORE = /(?:[、,，/／]|和|或|与|及|\sand|\sor)\s*$/;

export function difficultyOf(similarity: number): QuizDifficulty {
  return similarity >= 0.5 ? 'hard' : similarity >= 0.25 ? 'medium' : 'easy';
}

/** Whether the graph relates two concepts at all (co-occurrence included), either way. */
function linked(kb: KnowledgeBase, a: string, b: string): boolean {
  return kb.graph.hasEdge(a, b) || kb.graph.hasEdge(b, a);
}

/**
 * The classes of a concept: what it is part of, or a realisation of (`ipc-namespace` → `namespaces`,
 * `aufs` → `union-mount`).
 */
function classesOf(kb: KnowledgeBase, id: string): string[] {
  const classes: string[] = [];
  kb.graph.forEachOutEdge(id, (_edge, attributes, _source, target) => {
    if (attributes.type === 'part-of') classes.push(target);
  });
  kb.graph.forEachInEdge(id, (_edge, attributes, source) => {
    if (attributes.type === 'implemented-by') classes.push(source);
  });
  return classes;
}

/** Whether one concept is a kind, part or realisation of the other (either way). */
function hierarchical(kb: KnowledgeBase, a: string, b: string): boolean {
  let found = false;
  const check = (_edge: string, attributes: { type: RelationType }) => {
    if (HIERARCHY.has(attributes.type)) found = true;
  };
  kb.graph.forEachEdge(a, b, check);
  kb.graph.forEachEdge(b, a, check);
  return found;
}

const coMentions = new WeakMap<KnowledgeBase, Map<string, Set<string>>>();

/** Every concept some passage names together with this one. */
function namedWith(kb: KnowledgeBase, id: string): Set<string> {
  let known = coMentions.get(kb);
  if (!known) {
    known = new Map();
    coMentions.set(kb, known);
  }
  let found = known.get(id);
  if (!found) {
    found = new Set();
    for (const passage of kb.graph.getNodeAttribute(id, 'evidence'))
      for (const other of kb.passageConcepts.get(passage) ?? []) found.add(other);
    known.set(id, found);
  }
  return found;
}

function sharesAlias(kb: KnowledgeBase, a: string, b: string): boolean {
  const mine = new Set(kb.graph.getNodeAttribute(a, 'aliases').map(foldAnswer));
  return kb.graph.getNodeAttribute(b, 'aliases').some((alias) => mine.has(foldAnswer(alias)));
}

/**
 * Wrong options for a question whose answer is `answer`: its siblings that the graph does not relate to
 * the question's subject at all, that are neither a kind/part of the answer nor share a name with it, that
 * the quoted sentence does not name, and whose name is not already an option. Closest first.
 */
function pickDistractors(
  kb: KnowledgeBase,
  answer: string,
  subject: string | null,
  sentence: FoundSentence,
  lang: Lang,
): { ids: string[]; similarity: number } {
  const named = new Set(sentence.mentions.map((m) => m.id));
  const shown = new Set([foldAnswer(quizConceptName(kb, answer, lang))]);
  const answerClasses = classesOf(kb, answer);
  const ids: string[] = [];
  let total = 0;
  for (const sibling of conceptSiblings(kb, answer)) {
    if (ids.length >= MAX_DISTRACTORS) break;
    const id = sibling.id;
    if (id === subject || named.has(id)) continue;
    // Anything the notes name together with the subject, or of a class they relate to it, may well be
    // true of it; and what is true of the answer may be true of another member of its class (the kernel
    // provides the user namespace: "the kernel provides the IPC namespace" is no false statement).
    if (subject) {
      if (linked(kb, subject, id) || namedWith(kb, subject).has(id)) continue;
      const classes = classesOf(kb, id);
      if (classes.some((c) => c === subject || linked(kb, subject, c) || answerClasses.includes(c))) continue;
    }
    if (hierarchical(kb, answer, id) || sharesAlias(kb, answer, id)) continue;
    const folded = foldAnswer(quizConceptName(kb, id, lang));
    if (shown.has(folded)) continue;
    shown.add(folded);
    ids.push(id);
    total += sibling.similarity;
  }
  return { ids, similarity: ids.length === 0 ? 0 : total / ids.length };
}

/** Whether blanking this mention leaves one answer: named once in the sentence, not an item of a list. */
function blankable(sentence: FoundSentence, id: string): { start: number; end: number } | undefined {
  const mentions = sentence.mentions.filter((m) => m.id === id);
  const mention = mentions[0];
  if (mentions.length !== 1 || !mention) return undefined;
  const before = sentence.text.slice(0, mention.start);
  const after = sentence.text.slice(mention.end);
  const listed =
    (LIST_BEFORE.test(before) &&
      sentence.mentions.some((m) => m.end <= mention.start && m.end >= mention.start - 4)) ||
    (LIST_AFTER.test(after) &&
      sentence.mentions.some((m) => m.start >= mention.end && m.start <= mention.end + 5));
  if (listed || sentence.text.length - (mention.end - mention.start) < 12) return undefined;
  return { start: mention.start, end: mention.end };
}

/** Whether a mention is part of a path or identifier (`/proc/sys/net/ipv4/tcp_…`), not a word of the sentence. */
function insideToken(text: string, mention: { start: number; end: number }): boolean {
  return /[/_\\]/.test(text[mention.start - 1] ?? '') || /[/_\\]/.test(text[mention.end] ?? '');
}

const NAMED_BY = /(?:叫做|称为|称作|统称为|被称为|called|known as|named)\s*$/i;

/**
 * Whether a definition sentence is about the concept: its name opens the sentence (`Cgroups是…`) or is what
 * the sentence calls something (`…叫做Cgroups`), and that name is no other concept's too (`host` names the
 * host machine and host mode).
 */
function definesConcept(kb: KnowledgeBase, sentence: FoundSentence, id: string): boolean {
  const mention = sentence.mentions.find((m) => m.id === id);
  if (!mention) return false;
  if (mention.start > 2 && !NAMED_BY.test(sentence.text.slice(0, mention.start))) return false;
  return ownersOf(kb, mention.surface) <= 1;
}

const aliasOwners = new WeakMap<KnowledgeBase, Map<string, number>>();

/** How many concepts a spelling names. */
function ownersOf(kb: KnowledgeBase, surface: string): number {
  let owners = aliasOwners.get(kb);
  if (!owners) {
    owners = new Map();
    for (const id of kb.graph.nodes())
      for (const alias of new Set(kb.graph.getNodeAttribute(id, 'aliases').map(foldAnswer)))
        owners.set(alias, (owners.get(alias) ?? 0) + 1);
    aliasOwners.set(kb, owners);
  }
  return owners.get(foldAnswer(surface)) ?? 1;
}

function acceptedAnswers(kb: KnowledgeBase, id: string): string[] {
  return [...new Set(kb.graph.getNodeAttribute(id, 'aliases').map(foldAnswer))].filter(Boolean).sort();
}

function itemId(asks: string): string {
  return `q-${createHash('sha256').update(asks).digest('hex').slice(0, 20)}`;
}

/** Options in an order fixed by what the question asks (so the right one is not always first). */
function optionOrder(asks: string, ids: string[]): string[] {
  return createSeededRandom(asks).shuffle(ids);
}

const TRUE_FALSE: Record<Lang, [string, string]> = { en: ['True', 'False'], zh: ['对', '错'] };

/** Questions from one typed relation: multiple choice, cloze, and a true and a false statement. */
function relationItems(
  kb: KnowledgeBase,
  edge: {
    source: string;
    target: string;
    type: RelationType;
    label: string;
    labelZh: string;
    evidence: string[];
  },
  lang: Lang,
): QuizItem[] {
  const { source, target, type } = edge;
  const sentence = findSentenceNaming(
    quotableSentences(kb, originalsOf(kb, edge.evidence), lang),
    source,
    target,
  );
  if (
    !sentence ||
    sentence.mentions.some((m) => (m.id === source || m.id === target) && insideToken(sentence.text, m))
  )
    return [];
  const explanation = quizCitation(kb, sentence.passage, sentence.text);
  const subjectName = quizConceptName(kb, source, lang);
  const answerName = quizConceptName(kb, target, lang);
  const relation = { source, type, target, stated: target };
  const items: QuizItem[] = [];
  const distractors = pickDistractors(kb, target, source, sentence, lang);
  if (distractors.ids.length >= 2) {
    const asks = `choice|${lang}|${source}|${type}|${target}`;
    const ids = optionOrder(asks, [target, ...distractors.ids]);
    const stem = relationStatement(subjectName, edge.label, edge.labelZh, BLANK, lang);
    items.push({
      id: itemId(asks),
      kind: 'choice',
      lang,
      conceptIds: [source, target, ...distractors.ids],
      prompt:
        lang === 'zh'
          ? `根据笔记，哪一项填入空白：“${stem}”？`
          : `According to your notes, what fills the blank: “${stem}”?`,
      options: ids.map((id) => quizConceptName(kb, id, lang)),
      optionConcepts: ids,
      correct: ids.indexOf(target),
      answer: answerName,
      answerConcept: target,
      accepted: acceptedAnswers(kb, target),
      relation,
      difficulty: difficultyOf(distractors.similarity),
      similarity: distractors.similarity,
      explanation,
    });
  }
  const blank = blankable(sentence, target);
  if (blank && sentence.mentions.some((m) => m.id === source)) {
    items.push({
      id: itemId(`cloze|${lang}|${source}|${type}|${target}`),
      kind: 'cloze',
      lang,
      conceptIds: [source, target],
      prompt: `${sentence.text.slice(0, blank.start)}${BLANK}${sentence.text.slice(blank.end)}`,
      options: [],
      optionConcepts: [],
      correct: null,
      answer: sentence.text.slice(blank.start, blank.end),
      answerConcept: target,
      accepted: acceptedAnswers(kb, target),
      relation,
      difficulty: 'hard',
      similarity: 1,
      explanation,
    });
  }
  const [yes, no] = TRUE_FALSE[lang];
  const ask = lang === 'zh' ? '判断对错：' : 'True or false: ';
  const end = lang === 'zh' ? '。' : '.';
  items.push({
    id: itemId(`true-false|${lang}|${source}|${type}|${target}|true`),
    kind: 'true-false',
    lang,
    conceptIds: [source, target],
    prompt: `${ask}${relationStatement(subjectName, edge.label, edge.labelZh, answerName, lang)}${end}`,
    options: [yes, no],
    optionConcepts: [null, null],
    correct: 0,
    answer: yes,
    answerConcept: null,
    accepted: [],
    relation,
    difficulty: 'easy',
    similarity: 0,
    explanation,
  });
  const swap = distractors.ids[0];
  if (swap) {
    const similarity = conceptSiblings(kb, target).find((s) => s.id === swap)?.similarity ?? 0;
    items.push({
      id: itemId(`true-false|${lang}|${source}|${type}|${target}|false`),
      kind: 'true-false',
      lang,
      conceptIds: [source, swap, target],
      prompt: `${ask}${relationStatement(subjectName, edge.label, edge.labelZh, quizConceptName(kb, swap, lang), lang)}${end}`,
      options: [yes, no],
      optionConcepts: [null, null],
      correct: 1,
      answer: no,
      answerConcept: null,
      accepted: [],
      relation: { ...relation, stated: swap },
      difficulty: difficultyOf(similarity),
      similarity,
      explanation,
    });
  }
  return items;
}

/** Questions from a concept's definition: which concept it defines (choice), and explain in your own words. */
function definitionItems(kb: KnowledgeBase, id: string, lang: Lang): QuizItem[] {
  const cards = makeDefinitionCards(kb, id);
  const definition = cards.find((c) => c.kind === 'definition')?.faces[lang];
  const cloze = cards.find((c) => c.kind === 'cloze')?.faces[lang];
  const items: QuizItem[] = [];
  const name = quizConceptName(kb, id, lang);
  if (definition) {
    const passage = kb.passages.get(definition.passageIds[0] ?? '');
    const sentence = passage && {
      passage,
      text: definition.back,
      mentions: kb.lookup.find(definition.back, { lang }),
    };
    if (passage && sentence && definesConcept(kb, sentence, id)) {
      // Asked by the name the sentence defines (`ZSet`, not a gloss of it that became the label).
      const defined = sentence.mentions.find((m) => m.id === id)?.surface ?? name;
      items.push({
        id: itemId(`explain|${lang}|${id}`),
        kind: 'explain',
        lang,
        conceptIds: [id],
        prompt:
          lang === 'zh'
            ? `用自己的话解释：什么是${defined}？写下或说出你的解释，再对照笔记给自己打分。`
            : `Explain in your own words: what is ${defined}? Say or write it, then compare with your notes and rate yourself.`,
        options: [],
        optionConcepts: [],
        correct: null,
        answer: definition.back,
        answerConcept: id,
        accepted: [],
        relation: null,
        difficulty: 'medium',
        similarity: 0.5,
        explanation: quizCitation(kb, passage, definition.back),
      });
    }
  }
  const passage = cloze && kb.passages.get(cloze.passageIds[0] ?? '');
  if (cloze && passage) {
    const sentence: FoundSentence = {
      passage,
      text: cloze.back,
      mentions: kb.lookup.find(cloze.back, { lang }),
    };
    const distractors = pickDistractors(kb, id, null, sentence, lang);
    if (distractors.ids.length >= 2 && definesConcept(kb, sentence, id)) {
      const asks = `choice|${lang}|${id}|definition`;
      const ids = optionOrder(asks, [id, ...distractors.ids]);
      items.push({
        id: itemId(asks),
        kind: 'choice',
        lang,
        conceptIds: [id, ...distractors.ids],
        prompt:
          lang === 'zh'
            ? `哪个概念填入空白？“${cloze.front}”`
            : `Which concept fills the blank? “${cloze.front}”`,
        options: ids.map((x) => quizConceptName(kb, x, lang)),
        optionConcepts: ids,
        correct: ids.indexOf(id),
        answer: name,
        answerConcept: id,
        accepted: acceptedAnswers(kb, id),
        relation: null,
        difficulty: difficultyOf(distractors.similarity),
        similarity: distractors.similarity,
        explanation: quizCitation(kb, passage, cloze.back),
      });
    }
  }
  return items;
}

const pools = new WeakMap<KnowledgeBase, Map<Lang, QuizItem[]>>();

/**
 * Every quiz question the notes support in a language, in a fixed order (concepts by id, relations by key):
 * multiple choice and true/false from typed relations and definitions, cloze from the sentence stating a
 * relation, "explain in your own words" from a definition. Never about a concept with an everyday name,
 * never from `related-to`. Deterministic, cached per knowledge base.
 */
export function makeQuizItems(kb: KnowledgeBase, lang: Lang): QuizItem[] {
  let byLang = pools.get(kb);
  if (!byLang) {
    byLang = new Map();
    pools.set(kb, byLang);
  }
  const hit = byLang.get(lang);
  if (hit) return hit;
  const items: QuizItem[] = [];
  const prompts = new Set<string>();
  const add = (found: QuizItem[]) => {
    for (const item of found) {
      // Two relations stated by one sentence can blank it the same way: ask it once.
      const key = `${item.kind}|${item.prompt}`;
      if (prompts.has(key)) continue;
      prompts.add(key);
      items.push(item);
    }
  };
  for (const id of [...kb.graph.nodes()].sort()) {
    if (isJunkConcept(kb, id)) continue;
    add(definitionItems(kb, id, lang));
    const edges: { key: string; edge: Parameters<typeof relationItems>[1] }[] = [];
    kb.graph.forEachOutEdge(id, (key, attributes, source, target) => {
      if (NOT_ASKED.has(attributes.type) || source === target || isJunkConcept(kb, target)) return;
      edges.push({ key, edge: { ...attributes, source, target } });
    });
    edges.sort((a, b) => (a.key < b.key ? -1 : 1));
    for (const { edge } of edges) add(relationItems(kb, edge, lang));
  }
  byLang.set(lang, items);
  return items;
}
