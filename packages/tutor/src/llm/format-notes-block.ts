import { escapePromptText } from './escape-prompt-text';
import type { PromptPassage } from './select-prompt-passages';

/**
 * Renders the numbered passages as the `<notes>` block of the prompt. Every passage is one
 * `<passage n="…" id="…" heading="Outer › Inner">…</passage>` element; ids, headings and texts are escaped, so nothing a note
 * says can close its element or the block.
 *
 * @example
 * formatNotesBlock([{ n: 1, id: 'a#1.1', headingPath: ['Notes', 'Intro'], text: 'x < y' }]);
 * // → '<notes>\n<passage n="1" id="a#1.1" heading="Notes › Intro">\nx &lt; y\n</passage>\n</notes>'
 */
export function formatNotesBlock(passages: readonly PromptPassage[]): string {
  const items = passages.map(
    (p) =>
      `<passage n="${p.n}" id="${escapePromptText(p.id)}" heading="${p.headingPath.map(escapePromptText).join(' › ')}">\n` +
      `${escapePromptText(p.text).trim()}\n</passage>`,
  );
  return ['<notes>', ...items, '</notes>'].join('\n');
}
