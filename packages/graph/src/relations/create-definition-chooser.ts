import { MENTION_BASE } from '../vocabulary/compile-cue-patterns';
import type { PassageAnalysis } from './analyse-passage';

const DEFINING_CUE =
  /\s*(?:[:：]|是|就是|其实就是|指|即|叫做|称为|(?:is|are|means|refers to|stands for)(?![a-z]))/y;

/**
 * Picks, for each concept, the passage that best defines it, passage by passage as they are read: one that
 * opens with it as a label (`bridge：…`) or subject (`容器是…`), emphasises or glosses it, follows it with `是` /
 * `is`, and names it often; prose over code, the earliest on a tie. (Give it originals only.)
 *
 * @example
 * const definitions = createDefinitionChooser();
 * for (const analysis of analyses) definitions.add(analysis);
 * definitions.result().get('bridge'); // 'docker-concepts.zh#5.2'
 */
export function createDefinitionChooser(): {
  add(analysis: PassageAnalysis): void;
  result(): Map<string, string>;
} {
  const best = new Map<string, { passage: string; score: number }>();
  const add = (analysis: PassageAnalysis) => {
    // A passage names few concepts: parallel arrays, in order of first mention.
    const ids: string[] = [];
    const scores: number[] = [];
    for (const m of analysis.mentions) {
      const at = ids.indexOf(m.id);
      if (at < 0) {
        ids.push(m.id);
        scores.push(1);
      } else if ((scores[at] as number) < 3) {
        scores[at] = (scores[at] as number) + 1;
      }
    }
    const bump = (id: string, by: number) => {
      const at = ids.indexOf(id);
      if (at < 0) {
        ids.push(id);
        scores.push(by);
      } else {
        scores[at] = (scores[at] as number) + by;
      }
    };
    if (analysis.topic) bump(analysis.topic.id, analysis.topic.labelled ? 4 : 2);
    for (const m of analysis.mentions) if (m.emphasised) bump(m.id, 3);
    for (const owner of analysis.glossOwners) {
      const m = analysis.mentions[owner];
      if (m) bump(m.id, 2);
    }
    for (const sentence of analysis.sentences) {
      sentence.positions.forEach((position, k) => {
        DEFINING_CUE.lastIndex = position + 1;
        if (DEFINING_CUE.test(sentence.skeleton)) {
          const id = analysis.mentions[sentence.members[k] as number]?.id;
          if (id && sentence.skeleton.charCodeAt(position) - MENTION_BASE === k) bump(id, 2);
        }
      });
    }
    const penalty = analysis.passage.kind === 'code' ? 5 : 0;
    ids.forEach((id, i) => {
      const score = (scores[i] as number) - penalty;
      const current = best.get(id);
      if (!current || score > current.score) best.set(id, { passage: analysis.passage.id, score });
    });
  };
  return { add, result: () => new Map([...best].map(([id, { passage }]) => [id, passage])) };
}
