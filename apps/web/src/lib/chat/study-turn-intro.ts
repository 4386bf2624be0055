/**
 * The lead-in of a chat turn that carries a quiz or a study path: the lines before the first numbered item.
 * The API sends the questions (or the steps) as text too, for clients that show only text; a page that
 * draws the quiz or path itself shows the lead-in and draws the rest.
 *
 * @example
 * studyTurnIntro('Here is a 2-question quiz.\n\n1. What…\n   A. …'); // 'Here is a 2-question quiz.'
 */
export function studyTurnIntro(text: string): string {
  const lines = text.split('\n');
  const first = lines.findIndex((line) => /^1\.\s/.test(line));
  return (first < 0 ? lines : lines.slice(0, first)).join('\n').trim();
}
