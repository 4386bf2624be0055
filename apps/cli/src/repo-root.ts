import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

/**
 * The repository root: the nearest folder at or above `from` whose package.json declares workspaces. The CLI
 * runs inside `apps/cli` under `npm run -w`, so defaults such as `data/notes` are resolved from here.
 *
 * @example
 * findRepoRoot(path.dirname(fileURLToPath(import.meta.url))); // '/work/main'
 */
export function findRepoRoot(from: string): string {
  for (let dir = path.resolve(from); ; dir = path.dirname(dir)) {
    const manifest = path.join(dir, 'package.json');
    if (existsSync(manifest)) {
      try {
        if ('workspaces' in JSON.parse(readFileSync(manifest, 'utf8'))) return dir;
      } catch {
        // An unreadable package.json is not the root: keep walking up.
      }
    }
    if (path.dirname(dir) === dir)
      throw new Error('cannot find the repository root (a package.json with workspaces)');
  }
}

/**
 * Resolves a path the user typed against the folder they typed it in: `npm run -w` moves the process into the
 * workspace, but npm keeps the user's folder in `INIT_CWD`.
 */
export function resolveFromUserCwd(input: string, env: NodeJS.ProcessEnv = process.env): string {
  return path.resolve(env.INIT_CWD ?? process.cwd(), input);
}
