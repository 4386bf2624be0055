import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { type CedictEntry, deriveCharacterGlosses, deriveGlosses, parseCedictModule } from './derive-glosses';
import { loadPackageFile, packageRoot } from './load-package-file';

/** Chinese words and their English glosses, both ways. */
export interface BilingualDictionary {
  /** Simplified Chinese word → short English glosses. */
  readonly glossesOf: ReadonlyMap<string, readonly string[]>;
  /** English gloss (lower case) → Chinese words glossed so. */
  readonly wordsFor: ReadonlyMap<string, readonly string[]>;
  /** Length in characters of the longest Chinese word. */
  readonly longestWord: number;
  /**
   * English one-word gloss → single characters glossed so (`lock` → 锁): parts of compounds, never a translation
   * alone (see `deriveCharacterGlosses`).
   */
  readonly charactersFor: ReadonlyMap<string, readonly string[]>;
  /** Single character → its one-word English glosses (`锁` → lock): the reverse of {@link charactersFor}. */
  readonly glossesOfCharacter: ReadonlyMap<string, readonly string[]>;
}

/** Where `npm run build` writes the compact gloss table derived from CC-CEDICT. */
export function glossTablePath(): string {
  return path.join(packageRoot('@notetutor/lexicon'), 'dist', 'glosses.json');
}

/** Where `npm run build` writes the glosses of single characters (see `deriveCharacterGlosses`). */
export function characterGlossTablePath(): string {
  return path.join(packageRoot('@notetutor/lexicon'), 'dist', 'character-glosses.json');
}

let dictionary: BilingualDictionary | undefined;

let cedictEntries: CedictEntry[] | undefined;

function loadGlosses(file: string, derive: typeof deriveGlosses): Map<string, string[]> {
  if (existsSync(file)) {
    const rows = JSON.parse(readFileSync(file, 'utf8')) as [string, string[]][];
    return new Map(rows);
  }
  // Not built yet (running from source): derive the table from the package's data (read once for both
  // tables), slower but the same.
  cedictEntries ??= parseCedictModule(loadPackageFile('cc-cedict', 'data/all.js'));
  return derive(cedictEntries);
}

/** Gloss → the Chinese words glossed so. */
function invert(glossesOf: ReadonlyMap<string, readonly string[]>): Map<string, string[]> {
  const wordsFor = new Map<string, string[]>();
  for (const [word, glosses] of glossesOf) {
    for (const gloss of glosses) {
      const list = wordsFor.get(gloss);
      if (list) list.push(word);
      else wordsFor.set(gloss, [word]);
    }
  }
  return wordsFor;
}

/**
 * The Chinese–English dictionary (CC-CEDICT, CC BY-SA 4.0, through the `cc-cedict` package), loaded on first
 * use from the table `npm run build` derives from it.
 *
 * @example bilingualDictionary().glossesOf.get('计时器') // ['timer']
 */
export function bilingualDictionary(): BilingualDictionary {
  if (dictionary) return dictionary;
  const glossesOf = loadGlosses(glossTablePath(), deriveGlosses);
  let longestWord = 0;
  for (const word of glossesOf.keys()) longestWord = Math.max(longestWord, word.length);
  const glossesOfCharacter = loadGlosses(characterGlossTablePath(), deriveCharacterGlosses);
  dictionary = {
    glossesOf,
    wordsFor: invert(glossesOf),
    longestWord,
    charactersFor: invert(glossesOfCharacter),
    glossesOfCharacter,
  };
  return dictionary;
}
