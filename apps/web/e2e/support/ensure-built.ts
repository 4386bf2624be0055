import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

function newestMtime(dir: string): number {
  if (!existsSync(dir)) return 0;
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === 'node_modules' || entry.name === 'dist' || entry.name === '.next') continue;
    const path = join(dir, entry.name);
    const time = entry.isDirectory()
      ? newestMtime(path)
      : /\.test\.tsx?$/.test(entry.name)
        ? 0
        : statSync(path).mtimeMs;
    if (time > newest) newest = time;
  }
  return newest;
}

/**
 * Builds `output` with `build` when it is missing or older than any source under `sources` (tests aside).
 * Under turbo the build has just run and this is a no-op; running the e2e suite alone it keeps the tests
 * honest about testing the current code.
 */
export function ensureBuilt(
  what: string,
  output: string,
  sources: string[],
  build: { cwd: string; args: string[] },
): void {
  const builtAt = existsSync(output) ? statSync(output).mtimeMs : 0;
  const changedAt = Math.max(...sources.map(newestMtime));
  if (builtAt > 0 && builtAt >= changedAt) return;
  console.log(`e2e: building ${what} (${builtAt ? 'sources changed' : 'no build yet'})…`);
  const result = spawnSync('npm', build.args, {
    cwd: build.cwd,
    stdio: 'inherit',
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' },
  });
  if (result.status !== 0) throw new Error(`e2e: building ${what} failed`);
}
