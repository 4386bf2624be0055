import type { FoldedText } from '../text/fold-for-match';
import type { ArchitectureSide, CompiledArchitecture } from '../vocabulary/compile-architectures';
import type { PassageAnalysis } from './analyse-passage';
import type { CandidateSink } from './extract-cue-relations';
import { foldedIndexOf } from './sentence-skeleton';

const CLAUSE_BREAK = /[，,；;。！？!?\n]/;

/**
 * Relations between the parts of an architecture pattern (client/server) that a passage names. A concept's
 * side is its role (`sideOf`: from the vocabulary, or from its names), else a role word written right after
 * its name in this passage (`the PostgreSQL server`). When the passage states the pattern (`C/S`,
 * `client/server`, `客户端…服务端`), every concept of the `from` side it names relates to every concept of
 * the `to` side; otherwise a sentence does when it names a `from` concept, then one of the pattern's verbs,
 * then a `to` concept, in one clause (`redis-cli 通过 TCP 连接 redis-server`).
 *
 * @example
 * // `Docker是C/S架构模式运行…Docker client执行命令…Docker server…` → docker-client -connects-to-> docker-daemon
 * extractRoleRelations(analysis, folded, compileArchitectures(vocabulary.architectures ?? []), sideOf, sink);
 */
export function extractRoleRelations(
  analysis: PassageAnalysis,
  folded: FoldedText,
  architectures: readonly CompiledArchitecture[],
  sideOf: (id: string, architecture: number) => ArchitectureSide | undefined,
  sink: CandidateSink,
): void {
  if (analysis.mentions.length < 2) return;
  const lang = analysis.passage.lang;
  architectures.forEach((architecture, index) => {
    // A role word after a name is only looked for when the passage has one at all.
    const context = architecture.roleWords?.test(folded.text) === true;
    const sides = analysis.mentions.map((m) =>
      m.inGloss
        ? undefined
        : (sideOf(m.id, index) ?? (context ? sideAfter(folded, m.end, architecture) : undefined)),
    );
    if (!sides.includes('from') || !sides.includes('to')) return;
    const pairs = new Map<string, [string, string]>();
    const add = (from: string, to: string) => {
      if (from !== to && !pairs.has(`${from}\u0000${to}`)) pairs.set(`${from}\u0000${to}`, [from, to]);
    };
    if (architecture.cues[lang]?.test(folded.text)) {
      analysis.mentions.forEach((from, i) => {
        if (sides[i] !== 'from') return;
        analysis.mentions.forEach((to, j) => {
          if (sides[j] === 'to') add(from.id, to.id);
        });
      });
    } else {
      const verbs = architecture.verbs[lang];
      if (!verbs) return;
      for (const sentence of analysis.sentences) {
        sentence.members.forEach((i, k) => {
          if (sides[i] !== 'from') return;
          for (let l = k + 1; l < sentence.members.length; l++) {
            const j = sentence.members[l] as number;
            const between = sentence.skeleton.slice(
              (sentence.positions[k] as number) + 1,
              sentence.positions[l] as number,
            );
            if (CLAUSE_BREAK.test(between)) break;
            if (sides[j] === 'to' && verbs.test(between)) {
              add(analysis.mentions[i]?.id as string, analysis.mentions[j]?.id as string);
            }
          }
        });
      }
    }
    for (const [source, target] of pairs.values()) {
      sink.out.push({
        source,
        target,
        type: architecture.type,
        labelZh: architecture.labelZh,
        labelEn: architecture.labelEn,
        evidence: sink.evidence,
        strength: sink.strength,
        via: sink.via,
      });
    }
  });
}

/** The side a role word right after a name gives it in this passage (`PostgreSQL server`). */
function sideAfter(
  folded: FoldedText,
  end: number,
  architecture: CompiledArchitecture,
): ArchitectureSide | undefined {
  const at = foldedIndexOf(folded, end);
  for (const side of ['from', 'to'] as const) {
    const regex = architecture.roleAfter[side];
    if (!regex) continue;
    regex.lastIndex = at;
    if (regex.test(folded.text)) return side;
  }
  return undefined;
}
