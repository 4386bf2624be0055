/**
 * `npm run bench` (in packages/graph): how fast the notes become a knowledge base, and in how much memory.
 *
 * Builds from the seed notes (the Chinese file and its English translation, many repetitions, mean) and from
 * generated corpora of about 5 MB (≈1,000× the Chinese notes file) and 13 MB (1,000 variants of the pair).
 * Each size runs in its own child process so that its peak RSS (`process.resourceUsage().maxRSS`) is its own;
 * the 5 MB target size runs three times (the median run is reported, with the highest peak RSS of the three).
 * Prints parse and build time, MB/s, peak RSS and the machine. Targets: linear growth, ≥ 2 MB/s, < 300 MB RSS
 * at 5 MB. Two shapes that once made the build quadratic are measured at 0.5 and 2 MB: one file of
 * concept-dense bullets under a single heading (`long`), and a glossary of `**term**: definition` bullets
 * (`glossary`); their time per MB must not grow with the size.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { type NotesCorpus, parseNotes } from '@notetutor/notes';
import { buildKnowledgeBase } from '../src/knowledge-base/build-knowledge-base';
import { parseVocabulary } from '../src/vocabulary/parse-vocabulary';
import { generateCorpus, generateGlossary, generateLongSection } from './generate-corpus';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '../../..');
const MB = 1024 * 1024;

interface Measure {
  size: string;
  files: number;
  bytes: number;
  runs: number;
  parseMs: number;
  buildMs: number;
  concepts: number;
  links: number;
  passages: number;
  maxRssMb: number;
}

function readSeed(): { zh: string; en: string } {
  return {
    zh: readFileSync(path.join(root, 'data/notes/docker-concepts.zh.md'), 'utf8'),
    en: readFileSync(path.join(root, 'data/notes/docker-concepts.en.md'), 'utf8'),
  };
}

function measure(size: string): Measure {
  const { zh, en } = readSeed();
  const vocabulary = parseVocabulary(readFileSync(path.join(root, 'data/vocabulary.yaml'), 'utf8'));
  const [shape, megabytes] = size.includes(':') ? size.split(':') : ['corpus', size];
  const files =
    size === 'seed'
      ? [
          { file: 'docker-concepts.en.md', text: en },
          { file: 'docker-concepts.zh.md', text: zh },
        ]
      : shape === 'long'
        ? [generateLongSection(Number(megabytes) * MB)]
        : shape === 'glossary'
          ? [generateGlossary(Number(megabytes) * MB)]
          : generateCorpus(zh, en, Number(size) * MB);
  const bytes = files.reduce((sum, f) => sum + Buffer.byteLength(f.text), 0);
  const runs = size === 'seed' ? 50 : 1;
  let parseMs = 0;
  let buildMs = 0;
  let last: ReturnType<typeof buildKnowledgeBase> | undefined;
  for (let run = 0; run < runs + (size === 'seed' ? 5 : 0); run++) {
    const t0 = performance.now();
    const corpus: NotesCorpus = {
      documents: files.map((f) => parseNotes(f.text, { file: f.file })),
      skipped: [],
      warnings: [],
    };
    const t1 = performance.now();
    last = buildKnowledgeBase(corpus, vocabulary);
    const t2 = performance.now();
    if (size === 'seed' && run < 5) continue; // warm-up
    parseMs += t1 - t0;
    buildMs += t2 - t1;
  }
  return {
    size,
    files: files.length,
    bytes,
    runs,
    parseMs: parseMs / runs,
    buildMs: buildMs / runs,
    concepts: last?.graph.order ?? 0,
    links: last?.graph.size ?? 0,
    passages: last?.passages.size ?? 0,
    maxRssMb: process.resourceUsage().maxRSS / 1024,
  };
}

function fmt(n: number, digits = 1): string {
  return n.toFixed(digits);
}

function report(results: Measure[]): void {
  const cpus = os.cpus();
  console.log(
    `machine: ${cpus.length} × ${cpus[0]?.model.trim() ?? 'unknown cpu'}, ${fmt(os.totalmem() / 1024 ** 3)} GB RAM, node ${process.version}, ${os.platform()} ${os.arch()}`,
  );
  console.log(
    'size      files  notes MB  passages  concepts   links  parse ms  build ms  total MB/s  build MB/s  peak RSS MB',
  );
  for (const r of results) {
    const mb = r.bytes / MB;
    const total = (r.parseMs + r.buildMs) / 1000;
    console.log(
      [
        (r.size === 'seed' ? `seed×${r.runs}` : `${r.size.replace(':', ' ')} MB`).padEnd(8),
        String(r.files).padStart(6),
        fmt(mb, 3).padStart(9),
        String(r.passages).padStart(9),
        String(r.concepts).padStart(9),
        String(r.links).padStart(7),
        fmt(r.parseMs).padStart(9),
        fmt(r.buildMs).padStart(9),
        fmt(mb / total, 2).padStart(11),
        fmt(mb / (r.buildMs / 1000), 2).padStart(11),
        fmt(r.maxRssMb).padStart(12),
      ].join(' '),
    );
  }
  const [, five, thirteen] = results;
  const perMb = (r: Measure) => (r.parseMs + r.buildMs) / (r.bytes / MB);
  for (const shape of ['long', 'glossary']) {
    const small = results.find((r) => r.size === `${shape}:0.5`);
    const big = results.find((r) => r.size === `${shape}:2`);
    if (!small || !big) continue;
    const linear = perMb(big) < perMb(small) * 1.5;
    console.log(
      `${shape === 'long' ? 'one long section' : 'glossary'}: ms per MB at 0.5 MB vs 2 MB: ${fmt(perMb(small))} vs ${fmt(perMb(big))} (linear: ${linear ? 'yes' : 'NO'})`,
    );
  }
  if (five && thirteen) {
    const speed = five.bytes / MB / ((five.parseMs + five.buildMs) / 1000);
    console.log(
      `targets at 5 MB: ${fmt(speed, 2)} MB/s (≥ 2: ${speed >= 2 ? 'met' : 'MISSED'}), peak RSS ${fmt(five.maxRssMb)} MB (< 300: ${five.maxRssMb < 300 ? 'met' : 'MISSED'}); ` +
        `ms per MB at 5 MB vs 13 MB: ${fmt(perMb(five))} vs ${fmt(perMb(thirteen))} (linear: ${perMb(thirteen) < perMb(five) * 1.5 ? 'yes' : 'NO'})`,
    );
  }
}

const childSize = process.argv[2] === '--child' ? process.argv[3] : undefined;
if (childSize) {
  process.stdout.write(`${JSON.stringify(measure(childSize))}\n`);
} else {
  const results: Measure[] = [];
  const child = (size: string): Measure => {
    const output = execFileSync(
      process.execPath,
      ['--import', 'tsx', fileURLToPath(import.meta.url), '--child', size],
      {
        cwd: path.resolve(here, '..'),
        encoding: 'utf8',
        maxBuffer: 16 * MB,
      },
    );
    return JSON.parse(output.trim().split('\n').pop() as string) as Measure;
  };
  for (const size of ['seed', '5', '13', 'long:0.5', 'long:2', 'glossary:0.5', 'glossary:2']) {
    if (size !== '5') {
      results.push(child(size));
      continue;
    }
    // The target's size: the median of three cold starts, so one run slowed by a busy machine does not decide.
    const runs = [child(size), child(size), child(size)];
    runs.sort((a, b) => a.parseMs + a.buildMs - (b.parseMs + b.buildMs));
    const median = runs[1] as Measure;
    console.log(
      `5 MB cold starts, MB/s: ${runs.map((r) => fmt(r.bytes / MB / ((r.parseMs + r.buildMs) / 1000), 2)).join(', ')} (median reported)`,
    );
    results.push({ ...median, maxRssMb: Math.max(...runs.map((r) => r.maxRssMb)) });
  }
  report(results);
}
