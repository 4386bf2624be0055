/**
 * `npm run build`: derives the word lists a graph build asks about (dist/word-lists.json) from the frequency
 * tables and jieba's dictionary as the installed packages ship them: the everyday words (Zipf ≥ 4) of English
 * and Chinese, jieba's verbs, and the English words SUBTLEX-US has at all and at Zipf ≥ 3. Each list is exactly what the full tables give; the file records the sizes of
 * the data it came from and is ignored when those change.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { deriveWordLists, packWordLists, wordListsPath } from '../src/background-frequencies';
import { COMMON_WORD_ZIPF } from '../src/is-common-word';

const lists = deriveWordLists(COMMON_WORD_ZIPF);
const file = wordListsPath();
mkdirSync(path.dirname(file), { recursive: true });
writeFileSync(file, JSON.stringify(packWordLists(lists)));
console.log(
  `@notetutor/lexicon: ${lists.commonEn.length} English and ${lists.commonZh.length} Chinese everyday words, ${lists.verbsZh.length} Chinese verbs → ${path.relative(process.cwd(), file)}`,
);
