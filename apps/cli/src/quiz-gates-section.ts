import type { KnowledgeBase } from '@notetutor/graph';
import { type QuizItem, quizQualityReport } from '@notetutor/study';

const MARKS: Record<string, string> = {
  choice: 'MC',
  cloze: 'cloze',
  'true-false': 'T/F',
  explain: 'explain',
};

function describe(item: QuizItem, n: number): string[] {
  const lines = [`  ${n}. [${MARKS[item.kind] ?? item.kind}, ${item.difficulty}] ${item.prompt}`];
  if (item.options.length > 0)
    lines.push(
      `     options: ${item.options.map((o, i) => (i === item.correct ? `(${o})` : o)).join(' · ')}`,
    );
  else lines.push(`     answer: ${item.answer.length > 120 ? `${item.answer.slice(0, 117)}…` : item.answer}`);
  const quote = item.explanation.quote.replace(/\s+/g, ' ');
  lines.push(`     cites ${item.explanation.id}: ${quote.length > 140 ? `${quote.slice(0, 137)}…` : quote}`);
  return lines;
}

/**
 * The quiz quality gates of a corpus and ten sample questions (the right option in parentheses), for
 * `npm run eval`.
 */
export function quizGatesSection(kb: KnowledgeBase, corpusName: string): string {
  const { counts, samples } = quizQualityReport(kb);
  const kinds = Object.entries(counts.byKind)
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([kind, n]) => `${kind} ${n}`)
    .join(', ');
  return [
    `Quiz gates of ${corpusName}: ${counts.questions} questions (${kinds || 'none'})`,
    `  exactly one correct option: ${counts.exactlyOneCorrect}/${counts.withOptions} · duplicate options: ${counts.duplicateOptions}` +
      ` · distractors the graph makes true: ${counts.distractorsTrue}` +
      ` · answer in cited passage: ${counts.answerInPassage}/${counts.questions} · junk subjects: ${counts.junkSubjects}`,
    `  ${samples.length} sample questions:`,
    ...samples.flatMap((item, i) => describe(item, i + 1)),
  ].join('\n');
}
