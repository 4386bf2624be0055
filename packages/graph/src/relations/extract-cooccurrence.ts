import type { PassageAnalysis } from './analyse-passage';
import { type CandidateSink, linkedPair } from './extract-cue-relations';
import { coOccurrence } from './relation-candidate';

/** 1 for the UTF-16 units that end a clause. */
const CLAUSE_BREAK_UNITS = new Uint8Array(0x10000);
for (const c of '，,；;。！？!?\n') CLAUSE_BREAK_UNITS[c.charCodeAt(0)] = 1;
/** How many mentions apart two mentions of a clause may be and still count as co-occurring. */
const WINDOW = 3;

// Per-mention scratch arrays, reused from sentence to sentence (allocating typed arrays is slow).
let groupOfScratch = new Int32Array(64);
let clauseOfScratch = new Int32Array(64);

function reserveScratch(count: number): void {
  if (groupOfScratch.length < count) {
    groupOfScratch = new Int32Array(count * 2);
    clauseOfScratch = new Int32Array(count * 2);
  }
}

/**
 * Concepts named close together in one clause, with no cue saying how they relate, are `related-to` (weakly).
 * Members of one enumeration are not related to each other by being listed together, and pairs a cue already
 * related in the sentence are left out.
 *
 * @example
 * // `Docker client执行命令时Docker server从仓库中获取` → docker-client related-to docker-daemon, …
 * extractCooccurrence(analysis, sink);
 */
export function extractCooccurrence(analysis: PassageAnalysis, sink: CandidateSink): void {
  for (let si = 0; si < analysis.sentences.length; si++) {
    const sentence = analysis.sentences[si] as (typeof analysis.sentences)[number];
    const count = sentence.members.length;
    if (count < 2) continue;
    const linked = sink.linked.get(si);
    reserveScratch(count);
    const groupOf = groupOfScratch;
    const clauseOf = clauseOfScratch;
    groupOf.fill(-1, 0, count);
    clauseOf.fill(0, 0, count);
    const groups = analysis.groups[si] ?? [];
    for (let g = 0; g < groups.length; g++) for (const k of groups[g] as number[]) groupOf[k] = g;
    let clause = 0;
    let k = 0;
    const skeleton = sentence.skeleton;
    for (let i = 0; i < skeleton.length && k < count; i++) {
      if (i === sentence.positions[k]) clauseOf[k++] = clause;
      else if (CLAUSE_BREAK_UNITS[skeleton.charCodeAt(i)] === 1) clause++;
    }
    for (let a = 0; a < count; a++) {
      const source = analysis.mentions[sentence.members[a] as number]?.id;
      for (let b = a + 1; b < count && b - a <= WINDOW; b++) {
        if (clauseOf[a] !== clauseOf[b]) break;
        if ((groupOf[a] as number) >= 0 && groupOf[a] === groupOf[b]) continue;
        if (linked?.has(linkedPair(a, b))) continue;
        const target = analysis.mentions[sentence.members[b] as number]?.id;
        if (!source || !target || source === target) continue;
        sink.out.push(coOccurrence(source, target, sink.evidence, sink.strength));
      }
    }
  }
}
