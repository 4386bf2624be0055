import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { EvalSetError, parseEvalSet } from './eval-set';

describe('parseEvalSet', () => {
  it('reads the repository’s evaluation set: at least 40 items, both languages, every kind', () => {
    const items = parseEvalSet(
      readFileSync(new URL('../../../data/eval/questions.yaml', import.meta.url), 'utf8'),
    );
    expect(items.length).toBeGreaterThanOrEqual(40);
    const zh = items.filter((i) => i.lang === 'zh').length;
    expect(zh / items.length).toBeGreaterThan(0.35);
    expect(zh / items.length).toBeLessThan(0.65);
    for (const kind of ['follow-up', 'off-topic', 'injection', 'paraphrase', 'typo', 'full-width']) {
      expect(items.some((i) => i.kind === kind)).toBe(true);
    }
    expect(items.filter((i) => i.kind === 'follow-up').every((i) => (i.history?.length ?? 0) > 0)).toBe(true);
  });

  it('names the item and the field at fault', () => {
    expect(() => parseEvalSet('- { id: a, lang: en, kind: basic, question: q, expect: answer }')).toThrow(
      /item "a".*cite/,
    );
    expect(() => parseEvalSet('- { id: a, lang: fr, kind: basic, question: q, expect: refuse }')).toThrow(
      /item "a" \(lang\)/,
    );
    expect(() =>
      parseEvalSet('- { id: a, lang: en, kind: basic, question: q, expect: answer, cite: [nope] }'),
    ).toThrow(/cite\.0/);
  });

  it('rejects duplicate ids, an empty set and broken YAML', () => {
    const item = '- { id: a, lang: en, kind: off-topic, question: q, expect: refuse }\n';
    expect(() => parseEvalSet(item + item)).toThrow(/used twice/);
    expect(() => parseEvalSet('')).toThrow(EvalSetError);
    expect(() => parseEvalSet('- [unclosed')).toThrow(/not valid YAML/);
  });
});
