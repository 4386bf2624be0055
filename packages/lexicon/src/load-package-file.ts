import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

const require = createRequire(import.meta.url);

/**
 * The folder of an installed npm package, found the way Node looks for it (every `node_modules` up from here),
 * without going through its `exports` map, which may not expose its data files.
 */
export function packageRoot(packageName: string): string {
  for (const dir of require.resolve.paths(packageName) ?? []) {
    const candidate = path.join(dir, packageName);
    if (existsSync(path.join(candidate, 'package.json'))) return candidate;
  }
  throw new Error(
    `@notetutor/lexicon/load-package-file: the package ${packageName} is not installed (run npm ci)`,
  );
}

/** Reads a data file shipped inside an installed npm package. The lexicon's data are the packages' own files. */
export function loadPackageFile(packageName: string, file: string): string {
  return readFileSync(path.join(packageRoot(packageName), file), 'utf8');
}
