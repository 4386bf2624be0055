import type { StudyCard } from '@notetutor/contracts';

/** A field of a TSV line: tabs and newlines would split it, so they become spaces and `<br>` (Anki reads HTML). */
function field(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/\t/g, ' ')
    .replace(/\r?\n/g, '<br>');
}

/**
 * Cards as a tab-separated file that Anki imports (File › Import): front, back (answer, the quoted notes
 * and where they are), tags. The header lines tell Anki the separator, that fields hold HTML, and which
 * column has the tags.
 *
 * @example
 * toAnkiTsv(cards).split('\n')[3]; // 'bridge requires ___\tDNAT<br><br>“…” — docker-concepts.en.md line 18\tnotetutor relation bridge'
 */
export function toAnkiTsv(cards: StudyCard[]): string {
  const lines = ['#separator:tab', '#html:true', '#tags column:3'];
  for (const card of cards) {
    const cited = card.citations.map(
      (c) => `${field(c.quote)} — ${field(c.source.file)}, line ${c.source.line}`,
    );
    const back = [
      field(card.answer),
      ...(card.back && card.back !== card.answer ? [field(card.back)] : []),
      ...cited,
    ];
    const tags = ['notetutor', card.kind, ...card.concepts.map((c) => c.id.replace(/\s+/g, '_'))];
    lines.push([field(card.front), back.join('<br><br>'), tags.join(' ')].join('\t'));
  }
  return `${lines.join('\n')}\n`;
}
