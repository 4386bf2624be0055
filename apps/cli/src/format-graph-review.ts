import type { GraphReview } from '@notetutor/graph';

/**
 * The review sample of `npm run graph -- --review` as text a person can judge line by line: counts and
 * shares, ambiguous aliases, the most central concepts, then the sampled concepts (with a sentence naming
 * each) and typed relations (with the sentence stating each), numbered so verdicts can refer to them.
 *
 * @example
 * formatGraphReview(reviewGraph(kb)).split('\n')[0]; // 'Review sample (seed 1)'
 */
export function formatGraphReview(review: GraphReview, seed: number): string {
  const percent = (x: number) => `${Math.round(x * 1000) / 10}%`;
  const lines = [
    `Review sample (seed ${seed})`,
    `  concepts:          ${review.concepts} (${review.discovered} discovered, ${percent(review.discoveredShare)})`,
    `  links:             ${review.links} (${review.typed} typed, ${percent(review.typedShare)})`,
    `  ambiguous aliases: ${review.ambiguousAliases.length}`,
  ];
  for (const a of review.ambiguousAliases) lines.push(`    - ${a.alias}: ${a.concepts.join(', ')}`);
  lines.push(`  most central:      ${review.central.map((c) => c.label).join(' · ')}`);
  lines.push('', `Concepts (${review.conceptSample.length} sampled):`);
  review.conceptSample.forEach((c, i) => {
    lines.push(`  C${i + 1}. ${c.label}  [${c.origin}, ${c.kind}, ${c.mentions}×]  — ${c.context}`);
  });
  lines.push('', `Typed relations (${review.relationSample.length} sampled):`);
  review.relationSample.forEach((r, i) => {
    lines.push(`  R${i + 1}. ${r.reads}  (${r.type}, confidence ${r.confidence})`);
    lines.push(`       ${r.passage}: ${r.sentence}`);
  });
  return lines.join('\n');
}
