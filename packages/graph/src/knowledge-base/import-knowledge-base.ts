import type { KnowledgeBase } from '../types';
import type { KnowledgeBaseData } from './export-knowledge-base';
import { importKnowledgeBaseInSteps } from './import-knowledge-base-in-steps';

/**
 * Rebuilds a knowledge base from `exportKnowledgeBase`'s data: imports the graph, indexes the passages of the
 * documents by id (in reading order, as the build did) and rebuilds the lookup. Linear and cheap next to a
 * build: no text is parsed or scanned. All at once; `importKnowledgeBaseInSteps` does the same in steps.
 *
 * @example
 * const kb = importKnowledgeBase(message); // message: exportKnowledgeBase(kb) from a worker
 */
export function importKnowledgeBase(data: KnowledgeBaseData): KnowledgeBase {
  const steps = importKnowledgeBaseInSteps(data);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}
