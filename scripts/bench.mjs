#!/usr/bin/env node
// `npm run bench`: every part's benchmark in turn (notes, graph, tutor, study, api, web), printing their figures.
// Each part runs in its own process so one part's memory does not colour another's peak RSS.
import { spawnSync } from 'node:child_process';
import os from 'node:os';

const parts = [
  ['notes', '@notetutor/notes'],
  ['graph', '@notetutor/graph'],
  ['tutor', '@notetutor/tutor'],
  ['study', '@notetutor/study'],
  ['api', '@notetutor/api'],
  ['web', '@notetutor/web'],
];
const only = process.argv.slice(2);
const cpu = os.cpus()[0]?.model ?? 'unknown cpu';
console.log(
  `# notes-tutor benchmarks — ${os.cpus().length}× ${cpu}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, node ${process.version}`,
);

const build = spawnSync('npx', ['turbo', 'run', 'build', '--output-logs=errors-only'], { stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status ?? 1);

let failed = 0;
for (const [name, workspace] of parts) {
  if (only.length > 0 && !only.includes(name)) continue;
  console.log(`\n## ${name}`);
  const run = spawnSync('npm', ['run', '--silent', 'bench', '-w', workspace], { stdio: 'inherit' });
  if (run.status !== 0) {
    failed += 1;
    console.error(`bench: the ${name} benchmark failed (exit ${run.status ?? run.signal})`);
  }
}
process.exit(failed > 0 ? 1 : 0);
