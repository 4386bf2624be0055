import type { ConceptMention, KnowledgeBase } from '@notetutor/graph';
import type { Lang, Passage } from '@notetutor/notes';
import { isQuotableSentence } from './is-quotable-sentence';
import { passageInLanguage } from './passage-in-language';
import { passageSentences } from './passage-sentences';

/** A quotable sentence of a passage and the concepts it names. */
export interface FoundSentence {
  passage: Passage;
  text: string;
  mentions: ConceptMention[];
}

// Words that, right after a concept's name, make the sentence say what it is.
const DEFINES_AFTER: Record<Lang, RegExp> = {
  zh: /^`?\s*(?:[(（][^)）]{0,30}[)）])?\s*(?:其实就是|就是|是指|是|即|指的是|指|：|:)/,
  en: /^`?\s*(?:\([^)]{0,60}\))?\s*(?:is|are|means|refers to|stands for|:)(?=\s|$)/i,
};
// Words that, right before a concept's name, make the sentence name what it is.
// What may stand before a name that a defining cue follows: the name must be the sentence's subject.
const SUBJECT_LEAD: Record<Lang, RegExp> = {
  zh: /^\s*(?:定义\s*[:：]\s*)?(?:但|而|所以|其中|因此)?\s*`?$/,
  en: /^\s*(?:what\s*[-–—:]\s*)?(?:(?:but|and|so)\s+)?(?:(?:a|an|the)\s+)?`?$/i,
};
const DEFINES_BEFORE: Record<Lang, RegExp> = {
  zh: /(?:叫做|称为|称作|统称为|被称为|就是)\s*$/,
  en: /(?:called|known as|named)\s*$/i,
};

/** Most passages a card looks through for its sentences: the first ones in reading order. */
export const MAX_SOURCE_PASSAGES = 12;

// Sentences of a passage are scanned once per knowledge base, however many cards look at them.
const scanned = new WeakMap<KnowledgeBase, Map<string, FoundSentence[]>>();

function sentencesOf(kb: KnowledgeBase, passage: Passage, lang: Lang): FoundSentence[] {
  let cache = scanned.get(kb);
  if (!cache) {
    cache = new Map();
    scanned.set(kb, cache);
  }
  const key = `${lang}\u0000${passage.id}`;
  let found = cache.get(key);
  if (!found) {
    found = [];
    for (const text of passageSentences(passage)) {
      if (isQuotableSentence(passage, text))
        found.push({ passage, text, mentions: kb.lookup.find(text, { lang }) });
    }
    cache.set(key, found);
  }
  return found;
}

/**
 * The sentences of the passages (in `lang`) that are fit to quote, with their concept mentions; only the
 * first {@link MAX_SOURCE_PASSAGES} passages are read (a concept of a large corpus is mentioned thousands of
 * times; its first passages are where the notes introduce it).
 */
export function quotableSentences(kb: KnowledgeBase, passageIds: string[], lang: Lang): FoundSentence[] {
  const found: FoundSentence[] = [];
  const seen = new Set<string>();
  for (const id of passageIds) {
    if (seen.size >= MAX_SOURCE_PASSAGES) break;
    const passage = passageInLanguage(kb, id, lang);
    if (!passage || seen.has(passage.id)) continue;
    seen.add(passage.id);
    for (const sentence of sentencesOf(kb, passage, lang)) found.push(sentence);
  }
  return found;
}

/**
 * The sentence that best says what a concept is: it names the concept and a defining cue stands next to
 * the name, the name being the subject (`X是…`, `X: …`, `The X is …`) or named by it (`…叫做X`, `… called X`). Earlier passages and a name at the start of the sentence win;
 * undefined when no sentence defines it (a sentence that only mentions it is not a definition).
 */
export function findDefiningSentence(
  sentences: FoundSentence[],
  conceptId: string,
  lang: Lang,
): { sentence: FoundSentence; mention: ConceptMention } | undefined {
  let best: { sentence: FoundSentence; mention: ConceptMention; score: number } | undefined;
  sentences.forEach((sentence, order) => {
    for (const mention of sentence.mentions) {
      if (mention.id !== conceptId) continue;
      const after = sentence.text.slice(mention.end);
      const before = sentence.text.slice(0, mention.start);
      // A name in a code span is the whole span (`` `netdev_budget` is…``, not `` `Cache-Control: no-cache` ``).
      const spanned = before.endsWith('`') === after.startsWith('`');
      const defines =
        (spanned && SUBJECT_LEAD[lang].test(before) && DEFINES_AFTER[lang].test(after)) ||
        DEFINES_BEFORE[lang].test(before) ||
        namesTableRow(sentence, mention);
      if (!defines) continue;
      // The sentence must say something besides the name.
      if (sentence.text.length - mention.surface.length < 8) continue;
      const score = (mention.start <= 2 ? 2 : 0) - order * 0.01 - sentence.text.length / 1000;
      if (!best || score > best.score) best = { sentence, mention, score };
    }
  });
  return best && { sentence: best.sentence, mention: best.mention };
}

/**
 * A table row about the concept: its first cell is the concept's name (`directive: \`no-cache\` | meaning: may be
 * stored, but…`), so the other cells say what it is.
 */
function namesTableRow(sentence: FoundSentence, mention: ConceptMention): boolean {
  const { passage } = sentence;
  const header = passage.kind === 'table' ? passage.tableHeader?.[0] : undefined;
  if (header === undefined || sentence.text !== passage.text) return false;
  const first = sentence.text.split(' | ')[0] ?? '';
  if (!first.startsWith(`${header}: `) || !sentence.text.includes(' | ')) return false;
  const cell = first
    .slice(header.length + 2)
    .replace(/^`+|`+$/g, '')
    .trim();
  return cell === mention.surface.trim() && mention.start >= header.length + 2 && mention.end <= first.length;
}

/**
 * The sentence that states a relation: it names both concepts, the closer together the better (they are
 * more likely in one clause); undefined when no sentence names both.
 */
export function findSentenceNaming(
  sentences: FoundSentence[],
  a: string,
  b: string,
): FoundSentence | undefined {
  let best: { sentence: FoundSentence; gap: number } | undefined;
  for (const sentence of sentences) {
    const as = sentence.mentions.filter((m) => m.id === a);
    const bs = sentence.mentions.filter((m) => m.id === b);
    let gap = Number.POSITIVE_INFINITY;
    for (const x of as) for (const y of bs) gap = Math.min(gap, Math.abs(x.start - y.start));
    if (gap < (best?.gap ?? Number.POSITIVE_INFINITY)) best = { sentence, gap };
  }
  return best?.sentence;
}
