import { type BilingualDictionary, bilingualDictionary } from '@notetutor/lexicon';
import { hanBigrams, joinBigrams } from '../text/han-bigrams';
import { normalizeForSearch } from '../text/normalize-for-search';
import { stemEnglish } from '../text/stem-english';
import { ENGLISH_STOP_WORDS } from '../text/stop-words';
import { tokenize } from '../text/tokenize';
import { tokenizeWords } from '../text/tokenize-words';
import { notesWrite } from './notes-write';
import type { AnswerLanguage } from './passage-index';
import type { TutorIndex } from './prepare-index';
import { documentFrequency } from './score-bm25';

/** What the other language of the notes makes of a question's words. */
export interface QuestionTranslation {
  /** Index terms of the translations the notes use, with their weight in the query. */
  terms: Map<string, number>;
  /**
   * A question word (its index terms joined by U+0000, as `tokenizeWords` gives them) → its translations the
   * notes use, each as index terms: the coverage decision credits a word to a passage holding a translation.
   */
  byWord: Map<string, string[][]>;
}

/** Weight of a translated term relative to a term the learner typed. */
export const TRANSLATED_TERM_WEIGHT = 0.6;
/** Translations of one word the query takes at most: a word with many senses must not flood it. */
const MAX_TRANSLATIONS = 4;
const LATIN_WORD = /[a-z][a-z0-9]*/g;

/**
 * Translates a question into the other language of the notes through the bilingual dictionary
 * (`@notetutor/lexicon`, CC-CEDICT), when the notes have passages in that language and no translation of them
 * in the question's: "What does the keep-alive timer do?" over Chinese notes finds `保活计时器` through
 * "timer" → `计时器`; "什么是环形缓冲区？" over English notes finds "ring buffer". Only translations the notes
 * actually use are kept. Latin terms printed in Chinese notes (`EXPOSE`) need no translation: they match as
 * typed.
 *
 * @example
 * translateQuestion(index, 'How does the timer work?', 'en').terms; // Map { '计时' => 0.6, '时器' => 0.6 }
 */
export function translateQuestion(
  index: TutorIndex,
  question: string,
  language: AnswerLanguage,
): QuestionTranslation {
  const translation: QuestionTranslation = { terms: new Map(), byWord: new Map() };
  if (!index.hasOtherLanguage(language)) return translation;
  const known = (term: string) => documentFrequency(index.passages, language, term) > 0;
  const record = (key: string, terms: string[]) => {
    if (terms.length === 0 || !terms.every(known)) return;
    const list = translation.byWord.get(key) ?? [];
    if (list.length >= MAX_TRANSLATIONS || list.some((t) => t.join() === terms.join())) return;
    list.push(terms);
    translation.byWord.set(key, list);
    for (const term of terms) {
      translation.terms.set(term, Math.max(translation.terms.get(term) ?? 0, TRANSLATED_TERM_WEIGHT));
    }
  };
  const dictionary = bilingualDictionary();
  if (language === 'en') {
    // English words and the phrases two or three of them make ("keep alive", "ring buffer").
    const words = (normalizeForSearch(question).match(LATIN_WORD) ?? []).filter(
      (word) => word.length > 1 && !ENGLISH_STOP_WORDS.has(word),
    );
    // Two words Chinese writes as one compound of their translations ("spin lock" → 自旋 + 锁 → 自旋锁), kept when
    // the notes write the compound: first, before the words' own translations fill their share.
    for (let i = 0; i + 1 < words.length; i++) {
      const [first, second] = [words[i] as string, words[i + 1] as string];
      for (const compound of compoundsOf(dictionary, first, second)) {
        const terms = hanBigrams(compound);
        if (!terms.every(known)) continue;
        record(stemEnglish(first), terms);
        record(stemEnglish(second), terms);
      }
    }
    for (let i = 0; i < words.length; i++) {
      for (let n = 3; n >= 1; n--) {
        const phrase = words.slice(i, i + n);
        if (phrase.length < n) continue;
        const keys = dictionaryForms(phrase.join(' '));
        for (const key of keys) {
          for (const chinese of dictionary.wordsFor.get(key) ?? []) {
            for (const word of phrase) record(stemEnglish(word), hanBigrams(chinese));
          }
        }
      }
    }
    return translation;
  }
  const words = tokenizeWords(question);
  // A compound of two words (or a word and a single character) the dictionary lacks, written in English as the
  // phrase of their glosses ("公平锁" → "fair lock", "左递归" → "left recursion"), when the notes write that
  // phrase: credited to the question word it is part of.
  for (const [compound, phrase] of compoundPhrases(dictionary, question)) {
    const stems = tokenize(phrase);
    if (stems.length < 2 || !stems.every(known) || !phraseInNotes(index, stems)) continue;
    const word = words.find(
      (terms) => compound.includes(joinBigrams(terms)) || joinBigrams(terms).includes(compound),
    );
    if (word !== undefined) record(word.join('\u0000'), stems);
  }
  for (const terms of words) {
    if (!/\p{Script=Han}/u.test(terms[0] ?? '')) continue;
    const word = joinBigrams(terms);
    for (const gloss of dictionary.glossesOf.get(word) ?? []) record(terms.join('\u0000'), tokenize(gloss));
  }
  return translation;
}

/**
 * The compounds of a Chinese question the dictionary does not list, two adjacent pieces of it (see
 * `dictionaryPieces`: `公平|锁`), three characters at least, with each English phrase their glosses make (a word's glosses, or a
 * single character's one-word glosses), at most {@link MAX_COMPOUNDS} in all.
 */
function compoundPhrases(dictionary: BilingualDictionary, question: string): [string, string][] {
  const phrases: [string, string][] = [];
  const glosses = (piece: string) =>
    [...piece].length === 1
      ? (dictionary.glossesOfCharacter.get(piece) ?? [])
      : (dictionary.glossesOf.get(piece) ?? []);
  for (const run of normalizeForSearch(question).match(/\p{Script=Han}+/gu) ?? []) {
    const pieces = dictionaryPieces(dictionary, run);
    for (let i = 0; i + 1 < pieces.length; i++) {
      const [first, second] = [pieces[i] as string, pieces[i + 1] as string];
      const compound = first + second;
      if ([...compound].length < 3 || dictionary.glossesOf.has(compound)) continue;
      if ([...first].length === 1 && [...second].length === 1) continue;
      for (const a of glosses(first)) {
        for (const b of glosses(second)) {
          if (phrases.length >= MAX_COMPOUNDS) return phrases;
          phrases.push([compound, `${a} ${b}`]);
        }
      }
    }
  }
  return phrases;
}

/**
 * A run of Chinese cut into the dictionary's words, longest first from the left, and single characters between
 * them (`左递归` → `左`, `递归`; `自旋锁` → `自旋`, `锁`): the segmenter cuts a word it does not know into characters.
 */
function dictionaryPieces(dictionary: BilingualDictionary, run: string): string[] {
  const characters = [...run];
  const pieces: string[] = [];
  for (let at = 0; at < characters.length; ) {
    let length = Math.min(dictionary.longestWord, characters.length - at);
    while (length > 1 && !dictionary.glossesOf.has(characters.slice(at, at + length).join(''))) length--;
    pieces.push(characters.slice(at, at + length).join(''));
    at += length;
  }
  return pieces;
}

/** Passages with every stem of a phrase that are read to look for the phrase itself, at most. */
const PHRASE_CHECKS = 64;

/** Whether some passage writes the stems in a row, as words (`fair lock`, `left-recursion`). */
function phraseInNotes(index: TutorIndex, stems: readonly string[]): boolean {
  const pattern = new RegExp(
    `(?<![\\p{L}\\p{N}])${stems.map((stem) => stem.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('\\p{L}*[-\\s]+')}`,
    'u',
  );
  return notesWrite(index, stems, pattern, PHRASE_CHECKS, false);
}

/** Compounds of two English words' translations tried at most: words with many senses must not flood it. */
const MAX_COMPOUNDS = 48;

/**
 * The Chinese compounds two English words could make, a translation of each written together (a word or a
 * single character: `锁` is "lock" only as a part), three characters at least: two single characters are too
 * ambiguous a guess.
 */
function compoundsOf(dictionary: BilingualDictionary, first: string, second: string): string[] {
  const parts = (word: string) => {
    const found = new Set<string>();
    for (const form of dictionaryForms(word)) {
      for (const chinese of dictionary.wordsFor.get(form) ?? []) found.add(chinese);
      for (const character of dictionary.charactersFor.get(form) ?? []) found.add(character);
    }
    return [...found];
  };
  const heads = parts(first);
  const tails = heads.length === 0 ? [] : parts(second);
  const compounds: string[] = [];
  for (const head of heads) {
    for (const tail of tails) {
      if (compounds.length >= MAX_COMPOUNDS) return compounds;
      if ([...head].length + [...tail].length >= 3) compounds.push(head + tail);
    }
  }
  return compounds;
}

/**
 * The forms a dictionary lists an English word or phrase under: as typed, and its last word without the
 * ending of a plural or a verb form (`queries` → `query`, `indexes` → `index`, `closed` → `close`/`clos`,
 * `routing` → `rout`/`route`). Only forms the dictionary has are looked up, so a wrong guess finds nothing.
 *
 * @example dictionaryForms('range queries'); // ['range queries', 'range query', 'range querie', 'range queri']
 */
export function dictionaryForms(phrase: string): string[] {
  const forms = [phrase];
  const add = (form: string) => {
    if (!forms.includes(form) && /[a-z]{3,}$/.test(form)) forms.push(form);
  };
  if (/ies$/.test(phrase)) add(phrase.replace(/ies$/, 'y'));
  if (/(?:s|x|z|ch|sh)es$/.test(phrase)) add(phrase.replace(/es$/, ''));
  if (/[^s]s$/.test(phrase)) add(phrase.replace(/s$/, ''));
  if (/ed$/.test(phrase)) {
    add(phrase.replace(/d$/, ''));
    add(phrase.replace(/ed$/, ''));
  }
  if (/ing$/.test(phrase)) {
    add(phrase.replace(/ing$/, ''));
    add(phrase.replace(/ing$/, 'e'));
  }
  return forms;
}
