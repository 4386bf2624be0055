import { describe, expect, it } from 'vitest';
import { parseNotes } from './parse-notes';
import { unwrapAdmonitions } from './unwrap-admonitions';

const MKDOCS = [
  '# 进程',
  '',
  '!!! abstract',
  '    计算机系统 Ⅱ 第 7 至 8 周课程内容',
  '',
  '    > 课程号：21121840',
  '',
  '??? note "进程的状态"',
  '    - 就绪：等待 CPU',
  '    - 运行：占用 CPU',
  '',
  '    !!! tip',
  '        阻塞的进程不参与调度',
  '',
  '```',
  '!!! not an admonition inside code',
  '    indented code stays',
  '```',
  '',
  '正文继续。',
].join('\n');

describe('unwrapAdmonitions', () => {
  it('blanks the markers and dedents their bodies, keeping every line where it was', () => {
    const out = unwrapAdmonitions(MKDOCS);
    const lines = out.split('\n');
    expect(lines).toHaveLength(MKDOCS.split('\n').length);
    expect(lines[2]).toBe('');
    expect(lines[3]).toBe('计算机系统 Ⅱ 第 7 至 8 周课程内容');
    expect(lines[8]).toBe('- 就绪：等待 CPU');
    expect(lines[12]).toBe('阻塞的进程不参与调度');
    expect(lines[15]).toBe('!!! not an admonition inside code');
    expect(lines[16]).toBe('    indented code stays');
  });

  it('leaves notes without admonitions untouched', () => {
    const text = '# A\n\n    code block\n\n=====\n';
    expect(unwrapAdmonitions(text)).toBe(text);
  });

  it('lets the parser read admonition bodies as prose, lists and quotes, not as code', () => {
    const doc = parseNotes(MKDOCS, { file: 'os.md' });
    const texts = doc.passages.map((p) => [p.kind, p.text, p.lineStart]);
    expect(texts).toContainEqual(['paragraph', '计算机系统 Ⅱ 第 7 至 8 周课程内容', 4]);
    expect(texts).toContainEqual(['bullet', '就绪：等待 CPU', 9]);
    expect(doc.passages.some((p) => p.text.includes('!!! abstract'))).toBe(false);
    expect(doc.passages.filter((p) => p.kind === 'code').map((p) => p.text)).toEqual([
      '!!! not an admonition inside code\n    indented code stays',
    ]);
  });
});
