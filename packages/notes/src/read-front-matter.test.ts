import { describe, expect, it } from 'vitest';
import { parseDocument } from 'yaml';
import { readFrontMatter } from './read-front-matter';

describe('readFrontMatter', () => {
  it('splits off front matter and counts its lines', () => {
    expect(readFrontMatter('---\nlang: en\ntags: [a, b]\n---\n# T\n')).toEqual({
      data: { lang: 'en', tags: ['a', 'b'] },
      body: '# T\n',
      bodyLineOffset: 4,
    });
  });

  it('accepts ... as the closing line and empty front matter', () => {
    expect(readFrontMatter('---\na: 1\n...\nx').data).toEqual({ a: 1 });
    expect(readFrontMatter('---\n---\nbody')).toEqual({ data: {}, body: 'body', bodyLineOffset: 2 });
  });

  it('returns the text unchanged when there is no front matter', () => {
    expect(readFrontMatter('# T\n---\na: b\n---\n')).toEqual({
      data: {},
      body: '# T\n---\na: b\n---\n',
      bodyLineOffset: 0,
    });
  });

  it('warns rather than throws on broken YAML or alias bombs', () => {
    expect(readFrontMatter('---\na: [1\n---\nx').warning).toMatch(/not valid YAML/);
    const bomb = ['a: &a [x, x, x, x, x, x, x, x, x]'];
    for (let i = 0; i < 8; i++)
      bomb.push(
        `${'b'.repeat(i + 1)}: &${'b'.repeat(i + 1)} [${Array(9)
          .fill(i === 0 ? '*a' : `*${'b'.repeat(i)}`)
          .join(', ')}]`,
      );
    const result = readFrontMatter(`---\n${bomb.join('\n')}\n---\nbody`);
    expect(result.warning).toMatch(/ignored/);
    expect(result.body).toBe('body');
  });

  it('reads plain key: value lines as YAML does, and leaves anything else to YAML', () => {
    // Plain lines are read without the YAML parser: each must give exactly what YAML gives.
    const cases = [
      'lang: en\ntranslation_of: docker-concepts.zh.md',
      "translator: the project's own rendering (not the learner's words); same order, slips kept",
      'title: 容器笔记',
      'a: true',
      'a: False',
      'a: null',
      'a: 1.5',
      'a: b #comment',
      'a: b#c',
      'a: x:y',
      'a: b\na: c',
      'a:  spaced  words  ',
      'a: b\n\nc: d',
      'a: yes',
      'a: b\n  continued',
      '# note\na: b',
      'a: [x]',
      'a: "quoted"',
    ];
    for (const yaml of cases) {
      const expected = parseDocument(yaml, { uniqueKeys: false }).toJS() ?? {};
      expect(readFrontMatter(`---\n${yaml}\n---\nbody`).data, yaml).toEqual(expected);
    }
    expect(readFrontMatter('---\na: b: c\n---\nbody').warning).toMatch(/not valid YAML/);
  });
});
