import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { EvalSetError, parseCorpusQuestions, parseEvalSet } from './eval-set';

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

describe('parseCorpusQuestions', () => {
  const line = (over: Record<string, unknown>) =>
    JSON.stringify({
      id: 'a',
      lang: 'en',
      q: 'What is a cgroup?',
      kind: 'answer',
      cite: ['p'],
      terms: ['t'],
      ...over,
    });

  it('reads JSON Lines, keeps an explicit split and alternates dev/test by position within each kind', () => {
    const text = [
      line({ id: 'a1' }),
      line({ id: 'a2' }),
      '',
      JSON.stringify({ id: 'r1', lang: 'zh', q: '法国的首都是哪里？', kind: 'refuse' }),
      line({ id: 'a3' }),
      JSON.stringify({ id: 'r2', lang: 'en', q: 'Who wrote Hamlet?', kind: 'refuse' }),
      line({ id: 'a4', split: 'dev' }),
    ].join('\n');
    const questions = parseCorpusQuestions(text);
    expect(questions.map((q) => `${q.id}:${q.split}`)).toEqual([
      'a1:dev',
      'a2:test',
      'r1:dev',
      'a3:dev',
      'r2:test',
      'a4:dev',
    ]);
    expect(questions[0]).toMatchObject({ q: 'What is a cgroup?', cite: ['p'], terms: ['t'] });
  });

  it('names the line and the field at fault', () => {
    expect(() => parseCorpusQuestions(line({ terms: [] }))).toThrow(/question "a" \(line 1\).*terms/);
    expect(() => parseCorpusQuestions(`${line({})}\n${line({ id: 'b', split: 'train' })}`)).toThrow(
      /"b" \(line 2\) \(split\)/,
    );
    expect(() => parseCorpusQuestions(line({ kind: 'refuse' }))).toThrow(/must not list cite/);
    expect(() => parseCorpusQuestions(line({ question: 'typo of q' }))).toThrow(/line 1/);
    expect(() => parseCorpusQuestions('{"id": "a",')).toThrow(/line 1 is not valid JSON/);
    expect(() => parseCorpusQuestions(`${line({})}\n${line({})}`)).toThrow(/used twice/);
    expect(() => parseCorpusQuestions('\n\n')).toThrow(EvalSetError);
  });
});

describe('the corpora of data/eval/corpora', () => {
  const root = new URL('../../../data/eval/corpora/', import.meta.url);
  const names = readdirSync(root).filter((n) => existsSync(new URL(`${n}/questions.jsonl`, root)));

  function notesText(dir: string): string {
    return readdirSync(dir, { recursive: true, encoding: 'utf8' })
      .filter((f) => f.endsWith('.md'))
      .sort()
      .map((f) => readFileSync(path.join(dir, f), 'utf8'))
      .join('\n');
  }

  it('are at least seven, each with both kinds of question in both halves', () => {
    expect(names.length).toBeGreaterThanOrEqual(7);
    for (const name of names) {
      const questions = parseCorpusQuestions(readFileSync(new URL(`${name}/questions.jsonl`, root), 'utf8'));
      for (const split of ['dev', 'test'])
        for (const kind of ['answer', 'refuse'])
          expect(
            questions.some((q) => q.split === split && q.kind === kind),
            `${name} ${split} ${kind}`,
          ).toBe(true);
    }
  });

  it('only ask for cite phrases printed in their notes', () => {
    for (const name of names) {
      const dir = fileURLToPath(new URL(name, root));
      const settings = path.join(dir, 'corpus.json');
      const notes = existsSync(settings)
        ? path.resolve(dir, JSON.parse(readFileSync(settings, 'utf8')).notes)
        : path.join(dir, 'notes');
      const text = notesText(notes);
      const questions = parseCorpusQuestions(readFileSync(path.join(dir, 'questions.jsonl'), 'utf8'));
      for (const q of questions) for (const phrase of q.cite ?? []) expect(text, `${q.id}`).toContain(phrase);
    }
  });
});
