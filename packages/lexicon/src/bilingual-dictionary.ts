import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { deriveGlosses, parseCedictModule } from './derive-glosses';
import { loadPackageFile, packageRoot } from './load-package-file';

/** Chinese words and their English glosses, both ways. */
export interface BilingualDictionary {
  /** Simplified Chinese word → short English glosses. */
  readonly glossesOf: ReadonlyMap<string, readonly string[]>;
  /** English gloss (lower case) → Chinese words glossed so. */
  readonly wordsFor: ReadonlyMap<string, readonly string[]>;
  /** Length in characters of the longest Chinese word. */
  readonly longestWord: number;
}

/** Where `npm run build` writes the compact gloss table derived from CC-CEDICT. */
export function glossTablePath(): string {
  return path.join(packageRoot('@notetutor/lexicon'), 'dist', 'glosses.json');
}

let dictionary: BilingualDictionary | undefined;

function loadGlosses(): Map<string, string[]> {
  const file = glossTablePath();
  if (existsSync(file)) {
    const rows = JSON.parse(readFileSync(file, 'utf8')) as [string, string[]][];
    return new Map(rows);
  }
  // Not built yet (running from source): derive the table from the package's data, slower but the same.
  return deriveGlosses(parseCedictModule(loadPackageFile('cc-cedict', 'data/all.js')));
}

/**
 * The Chinese–English dictionary (CC-CEDICT, CC BY-SA 4.0, through the `cc-cedict` package), loaded on first
 * use from the table `npm run build` derives from it.
 *
 * @example bilingualDictionary().glossesOf.get('计时器') // ['timer']
 */
export function bilingualDictionary(): BilingualDictionary {
  if (dictionary) return dictionary;
  const glossesOf = loadGlosses();
  const wordsFor = new Map<string, string[]>();
  let longestWord = 0;
  for (const [word, glosses] of glossesOf) {
    longestWord = Math.max(longestWord, word.length);
    for (const gloss of glosses) {
      const list = wordsFor.get(gloss);
      if (list) list.push(word);
      else wordsFor.set(gloss, [word]);
    }
  }
  dictionary = { glossesOf, wordsFor, longestWord };
  return dictionary;
}
