import type { KnowledgeBase } from '@notetutor/graph';
import { mostCentralConcepts } from '@notetutor/graph';

/**
 * The few lines `npm run graph` prints about a built knowledge base: files read and skipped (with why),
 * passages, concepts (from the vocabulary / discovered), links (typed / co-occurrence), the most central
 * concepts and any warnings.
 *
 * @example
 * formatGraphSummary(kb, 'data/notes').split('\n')[0]; // 'Concept graph of data/notes'
 */
export function formatGraphSummary(kb: KnowledgeBase, notesDir: string): string {
  const lines: string[] = [`Concept graph of ${notesDir}`];
  const files = kb.documents.map((d) => d.file);
  lines.push(
    `  files:        ${files.length} read${files.length > 0 ? ` (${files.join(', ')})` : ''}, ${kb.skipped.length} skipped`,
  );
  const translated = kb.originalOf.size;
  lines.push(
    `  passages:     ${kb.passages.size}${translated > 0 ? ` (${translated} of them translations)` : ''}`,
  );
  let discovered = 0;
  kb.graph.forEachNode((_id, attributes) => {
    if (attributes.origin === 'discovered') discovered++;
  });
  lines.push(
    `  concepts:     ${kb.graph.order} (${kb.graph.order - discovered} from the vocabulary, ${discovered} discovered in the notes)`,
  );
  let typed = 0;
  kb.graph.forEachEdge((_edge, attributes) => {
    if (attributes.type !== 'related-to') typed++;
  });
  lines.push(`  links:        ${kb.graph.size} (${typed} typed, ${kb.graph.size - typed} related-to)`);
  const central = mostCentralConcepts(kb.graph, 8);
  if (central.length > 0) lines.push(`  most central: ${central.map((c) => c.label).join(', ')}`);
  if (kb.skipped.length > 0) {
    lines.push('  skipped:');
    for (const skipped of kb.skipped) lines.push(`    - ${skipped.file}: ${skipped.reason}`);
  }
  if (kb.warnings.length > 0) {
    lines.push('  warnings:');
    for (const warning of kb.warnings) lines.push(`    - ${warning.file}: ${warning.message}`);
  }
  return lines.join('\n');
}
