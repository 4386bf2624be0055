import type { PassageAnalysis } from './analyse-passage';
import type { CandidateSink } from './extract-cue-relations';

const CLAUSE_BREAK_CODES = new Set([...'，,；;。！？!?\n'].map((c) => c.charCodeAt(0)));
/** How many mentions apart two mentions of a clause may be and still count as co-occurring. */
const WINDOW = 3;

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
  analysis.sentences.forEach((sentence, si) => {
    const count = sentence.members.length;
    if (count < 2) return;
    const linked = sink.linked.get(si);
    const groupOf = new Int32Array(count).fill(-1);
    (analysis.groups[si] ?? []).forEach((group, g) => {
      for (const k of group) groupOf[k] = g;
    });
    const clauseOf = new Int32Array(count);
    let clause = 0;
    let k = 0;
    const skeleton = sentence.skeleton;
    for (let i = 0; i < skeleton.length && k < count; i++) {
      if (i === sentence.positions[k]) clauseOf[k++] = clause;
      else if (CLAUSE_BREAK_CODES.has(skeleton.charCodeAt(i))) clause++;
    }
    for (let a = 0; a < count; a++) {
      const source = analysis.mentions[sentence.members[a] as number]?.id;
      for (let b = a + 1; b < count && b - a <= WINDOW; b++) {
        if (clauseOf[a] !== clauseOf[b]) break;
        if ((groupOf[a] as number) >= 0 && groupOf[a] === groupOf[b]) continue;
        if (linked?.has(`${a}|${b}`)) continue;
        const target = analysis.mentions[sentence.members[b] as number]?.id;
        if (!source || !target || source === target) continue;
        sink.out.push({
          source,
          target,
          type: 'related-to',
          labelZh: '',
          labelEn: '',
          evidence: sink.evidence,
          strength: sink.strength,
          via: 'co-occurrence',
        });
      }
    }
  });
}
