import MarkdownIt from 'markdown-it';
import { describe, expect, it } from 'vitest';
import { splitIntoChunks } from './split-into-chunks';

const md = new MarkdownIt('default', { html: true });
const section = (i: number) =>
  [
    `## Part ${i}`,
    '',
    `- item ${i} with **bold** and \`code\``,
    `lazy continuation ${i}`,
    '',
    '```bash',
    '# a shell comment, not a heading',
    '',
    '# another one after a blank line',
    '```',
    '',
    '> quoted',
    '# heading right after a quote',
    '',
    '<div>',
    '',
    '# heading after an html block and a blank line',
    '',
    '    indented code',
    '# heading after indented code',
    '',
    '| a | b |',
    '| - | - |',
    '| 1 | 2 |',
    '',
  ].join('\n');

describe('splitIntoChunks', () => {
  const body = Array.from({ length: 400 }, (_, i) => section(i)).join('\n');

  it('cuts a long body into pieces that render exactly like the whole', () => {
    const chunks = splitIntoChunks(body, 4096);
    expect(chunks.length).toBeGreaterThan(10);
    expect(chunks.map((c) => c.text).join('')).toBe(body);
    expect(chunks.map((c) => md.render(c.text)).join('')).toBe(md.render(body));
  });

  it('reports the line each piece starts on', () => {
    const lines = body.split('\n');
    for (const chunk of splitIntoChunks(body, 4096)) {
      expect(lines[chunk.firstLine]).toBe(chunk.text.split('\n')[0]);
      expect(chunk.text.startsWith('#')).toBe(chunk.firstLine > 0 || chunk.text.startsWith('#'));
    }
  });

  it('never cuts inside a fence, even a long one, or inside an html block', () => {
    const fence = `\`\`\`\n${'# not a heading\n\n'.repeat(2000)}\`\`\`\n`;
    const html = `<table>\n${'# inside html\n'.repeat(2000)}</table>\n`;
    const text = `${'# H\n\ntext\n\n'.repeat(2000)}${fence}${html}\n${'# H\n\ntext\n\n'.repeat(2000)}`;
    const chunks = splitIntoChunks(text, 4096);
    expect(chunks.length).toBeGreaterThan(2);
    expect(chunks.map((c) => md.render(c.text)).join('')).toBe(md.render(text));
  });

  it('keeps a body whole when a link reference definition or an html comment could reach across', () => {
    const withRef = `${'# H\n\nsee [docs]\n\n'.repeat(3000)}[docs]: https://docs.docker.com\n`;
    expect(splitIntoChunks(withRef, 4096)).toHaveLength(1);
    const withComment = `<!--\n${'# H\n\ntext\n\n'.repeat(3000)}-->\n`;
    expect(splitIntoChunks(withComment, 4096)).toHaveLength(1);
  });

  it('keeps a short body whole', () => {
    expect(splitIntoChunks('# a\n\n# b\n', 4096)).toEqual([{ text: '# a\n\n# b\n', firstLine: 0 }]);
  });
});
