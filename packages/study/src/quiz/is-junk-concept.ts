import type { KnowledgeBase } from '@notetutor/graph';
import { isEverydayName } from './is-everyday-name';

const cache = new WeakMap<KnowledgeBase, Map<string, boolean>>();

/**
 * Whether a concept is too weak to ask about: every one of its labels is made of everyday words (`once`,
 * `example`, `process` / `进程`: Zipf ≥ 4 in the background corpus of its language; a Chinese name is split
 * into dictionary words first, so `进程结束` is `进程` + `结束`), or is a badly cut piece of text (`s Encrypt`,
 * `` `Vary ``, `5.6版本以上`). A question about it would test language, not the notes.
 *
 * @example isJunkConcept(kb, 'process'); // true
 * @example isJunkConcept(kb, 'cgroups'); // false
 */
export function isJunkConcept(kb: KnowledgeBase, id: string): boolean {
  let known = cache.get(kb);
  if (!known) {
    known = new Map();
    cache.set(kb, known);
  }
  const hit = known.get(id);
  if (hit !== undefined) return hit;
  const node = kb.graph.getNodeAttributes(id);
  const labels = [node.labelEn, node.labelZh].filter(Boolean);
  const junk = labels.every(isEverydayName);
  known.set(id, junk);
  return junk;
}
