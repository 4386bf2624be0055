// `npm run bench -w @notetutor/notes`: parse throughput on ~5 MB of notes of three kinds, with peak RSS.
// Target: at least 5 MB/s, growing linearly with the size of the notes.
import { existsSync, readFileSync } from 'node:fs';
import os from 'node:os';
import { fileURLToPath } from 'node:url';
import { parseNotes } from '../src/index';

const notesDir = fileURLToPath(new URL('../../../data/notes/', import.meta.url));
const read = (name: string) =>
  existsSync(notesDir + name) ? readFileSync(notesDir + name, 'utf8') : undefined;

// Markup-dense English notes: a construct every few words, the hardest case per byte.
const dense = `## Storage drivers

Docker images are *layers* stacked with a **union mount**; see [the docs](https://docs.docker.com/storage/).
Each layer is read-only and \`docker history\` lists them.

- **overlay2** is the default driver on modern kernels
- \`aufs\` was used by early versions
  - it needs an out-of-tree kernel patch

| driver | kernel |
| --- | --- |
| overlay2 | 4.0+ |

\`\`\`bash
docker info --format '{{.Driver}}'
\`\`\`

> Note: <b>copy-on-write</b> makes the first write to a file slow &amp; expensive.

`;

const corpora: Array<[string, string | undefined]> = [
  ['seed notes (zh), repeated', read('docker-concepts.zh.md')],
  ['English rendering, repeated', read('docker-concepts.en.md')],
  ['markup-dense English', dense],
];

const target = 5 * 1024 * 1024;
console.log(`parse-notes — ${os.cpus().length}× ${os.cpus()[0]?.model ?? 'cpu'}, node ${process.version}`);
for (const [name, unit] of corpora) {
  if (!unit) continue;
  const copies = Math.ceil(target / Buffer.byteLength(unit));
  for (const fraction of [0.2, 1]) {
    const text = Array(Math.max(1, Math.round(copies * fraction)))
      .fill(unit)
      .join('\n\n');
    const bytes = Buffer.byteLength(text);
    for (let i = 0; i < 3; i++) parseNotes(text.slice(0, 1_000_000), { file: 'warmup.md' });
    const started = performance.now();
    const doc = parseNotes(text, { file: 'bench.md' });
    const seconds = (performance.now() - started) / 1000;
    const mb = bytes / 2 ** 20;
    console.log(
      `${name.padEnd(30)} ${mb.toFixed(2).padStart(5)} MiB  ${(seconds * 1000).toFixed(0).padStart(5)} ms  ` +
        `${(mb / seconds).toFixed(1).padStart(5)} MiB/s  ${String(doc.passages.length).padStart(6)} passages  ` +
        `rss ${(process.memoryUsage().rss / 2 ** 20).toFixed(0)} MiB`,
    );
  }
}
console.log(`peak rss ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MiB`);
