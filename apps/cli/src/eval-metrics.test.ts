import type { Answer, Citation } from '@notetutor/contracts';
import { describe, expect, it } from 'vitest';
import {
  scoreCorpusQuestion,
  scoreItem,
  sectionOf,
  summarizeOutcomes,
  tallyCorpus,
  toCorpusOutcome,
} from './eval-metrics';
import type { CorpusQuestion, EvalItem } from './eval-set';

const source = { file: 'n.md', heading: 'H', line: 1 };
function citation(id: string, originalId?: string): Citation {
  return {
    id,
    quote: 'q',
    source,
    ...(originalId ? { original: { id: originalId, quote: 'o', source } } : {}),
  };
}
function answer(citations: Citation[], grounded = true, language: 'zh' | 'en' = 'en'): Answer {
  return { answer: 'text', grounded, engine: 'offline', citations, concepts: [], followUps: [], language };
}
const item = (over: Partial<EvalItem>): EvalItem => ({
  id: 'x',
  lang: 'en',
  kind: 'basic',
  question: 'q',
  expect: 'answer',
  cite: ['n.zh#2.2'],
  ...over,
});

describe('sectionOf', () => {
  it('drops the passage ordinal', () => {
    expect(sectionOf('docker-concepts.zh#2.2')).toBe('docker-concepts.zh#2');
  });
});

describe('scoreItem', () => {
  it('counts an English citation whose original is expected as a hit', () => {
    const outcome = scoreItem(
      item({}),
      answer([citation('n.en#5.1', 'n.zh#5.1'), citation('n.en#2.2', 'n.zh#2.2')]),
    );
    expect(outcome.hit).toBe(true);
    expect(outcome.cited).toEqual(['n.zh#5.1', 'n.zh#2.2']);
  });

  it('misses when the expected passage is only the fourth citation, or the answer declined', () => {
    const late = answer(['n.zh#1.1', 'n.zh#3.1', 'n.zh#4.1', 'n.zh#2.2'].map((id) => citation(id)));
    expect(scoreItem(item({}), late).hit).toBe(false);
    const declined = scoreItem(item({}), answer([], false));
    expect(declined.hit).toBe(false);
    expect(declined.decisionCorrect).toBe(false);
  });

  it('credits a refusal only when the answer is ungrounded and cites nothing', () => {
    const refuse = item({ expect: 'refuse', cite: undefined, kind: 'off-topic' });
    expect(scoreItem(refuse, answer([], false)).decisionCorrect).toBe(true);
    expect(scoreItem(refuse, answer([citation('n.zh#2.2')])).decisionCorrect).toBe(false);
  });

  it('counts same-section citations as on target, and only expected ones as strictly on target', () => {
    const outcome = scoreItem(
      item({}),
      answer([citation('n.zh#2.2'), citation('n.zh#2.3'), citation('n.zh#5.1')]),
    );
    expect(outcome.onTarget).toBe(2);
    expect(outcome.onTargetStrict).toBe(1);
  });
});

describe('summarizeOutcomes', () => {
  it('computes the shares over the right denominators', () => {
    const outcomes = [
      scoreItem(item({}), answer([citation('n.zh#2.2'), citation('n.zh#9.1')])),
      scoreItem(item({ id: 'b' }), answer([], false)),
      scoreItem(item({ id: 'c', expect: 'refuse', cite: undefined }), answer([], false)),
      scoreItem(item({ id: 'd', lang: 'zh' }), answer([citation('n.zh#2.2')], true, 'en')),
    ];
    const summary = summarizeOutcomes(outcomes);
    expect(summary.hitAt3).toBeCloseTo(2 / 3);
    expect(summary.refusalAccuracy).toBeCloseTo(3 / 4);
    expect(summary.declinedWhenExpected).toBe(1);
    expect(summary.falseRefusals).toBe(1);
    expect(summary.precision).toBeCloseTo(2 / 3);
    expect(summary.languageAccuracy).toBeCloseTo(3 / 4);
  });
});

describe('scoreCorpusQuestion (the rules of shared/tools/score.mjs)', () => {
  const question = (over: Partial<CorpusQuestion> = {}): CorpusQuestion => ({
    id: 'c1',
    lang: 'en',
    q: 'What limits a container’s CPU?',
    kind: 'answer',
    cite: ['对资源限制分配的功能叫做Cgroups'],
    terms: ['cgroups'],
    split: 'dev',
    ...over,
  });
  const quoted = (quote: string, original?: string): Citation => ({
    id: 'n.en#2.3',
    quote,
    source,
    ...(original ? { original: { id: 'n.zh#2.3', quote: original, source } } : {}),
  });
  const reply = (text: string, citations: Citation[], over: Partial<Answer> = {}): Answer => ({
    answer: text,
    grounded: true,
    engine: 'offline',
    citations,
    concepts: [],
    followUps: [],
    ...over,
  });

  it('hits through the Chinese original of an English citation, ignoring case and whitespace', () => {
    const english = quoted(
      'The Linux kernel provides a feature called Cgroups.',
      'Linux内核提供 对资源限制分配的功能叫做 Cgroups。',
    );
    const outcome = scoreCorpusQuestion(question(), reply('See [1].', [english]));
    expect(outcome).toMatchObject({ hit: true, falselyDeclined: false, miss: '' });
  });

  it('misses when the phrase is quoted only by the fourth citation', () => {
    const other = quoted('Something else about namespaces.');
    const late = reply('Cgroups [4].', [other, other, other, quoted('对资源限制分配的功能叫做Cgroups')]);
    expect(scoreCorpusQuestion(question(), late)).toMatchObject({
      hit: false,
      miss: expect.stringMatching(/cite/),
    });
  });

  it('misses when neither the answer nor the first citations name a term', () => {
    const outcome = scoreCorpusQuestion(
      question({ cite: ['namespaces'], terms: ['runc'] }),
      reply('Namespaces isolate [1].', [quoted('Six namespaces.')]),
    );
    expect(outcome).toMatchObject({ hit: false, miss: 'names none of the expected terms' });
    const named = reply('Runc runs it [1].', [quoted('Six namespaces.')]);
    expect(scoreCorpusQuestion(question({ cite: ['namespaces'], terms: ['runc'] }), named).hit).toBe(true);
  });

  it('counts an ungrounded answer to an answerable question as a false decline, even with citations', () => {
    const declined = reply('Your notes do not cover this.', [quoted('对资源限制分配的功能叫做Cgroups')], {
      grounded: false,
    });
    expect(scoreCorpusQuestion(question(), declined)).toMatchObject({ hit: false, falselyDeclined: true });
  });

  it('passes a question to decline only when the answer is ungrounded and cites nothing', () => {
    const refuse = question({ kind: 'refuse', cite: undefined, terms: undefined });
    expect(scoreCorpusQuestion(refuse, reply('Not in your notes.', [], { grounded: false })).declined).toBe(
      true,
    );
    expect(
      scoreCorpusQuestion(refuse, reply('Not in your notes.', [quoted('x')], { grounded: false })).declined,
    ).toBe(false);
    expect(scoreCorpusQuestion(refuse, reply('Here it is.', [])).declined).toBe(false);
  });

  it('marks answers whose coverage is "partial", and tallies a corpus', () => {
    const partial = reply(
      'Cgroups [1]; the notes do not say how.',
      [quoted('对资源限制分配的功能叫做Cgroups')],
      {
        coverage: 'partial',
      },
    );
    const outcomes = [
      scoreCorpusQuestion(question(), partial),
      scoreCorpusQuestion(question({ id: 'c2' }), reply('No.', [], { grounded: false })),
      scoreCorpusQuestion(
        question({ id: 'c3', kind: 'refuse', cite: undefined, terms: undefined }),
        reply('No.', [], { grounded: false }),
      ),
    ];
    expect(outcomes[0]?.partial).toBe(true);
    expect(tallyCorpus(outcomes)).toEqual({
      items: 3,
      answerable: 2,
      hits: 1,
      refuseItems: 1,
      declined: 1,
      falseDeclines: 1,
      partial: 1,
    });
  });
});

describe('toCorpusOutcome', () => {
  it('puts a seed-format outcome in the table’s terms', () => {
    const declined = toCorpusOutcome(scoreItem(item({}), answer([], false)));
    expect(declined).toMatchObject({ hit: false, falselyDeclined: true, declined: null });
    const refused = toCorpusOutcome(
      scoreItem(item({ expect: 'refuse', cite: undefined }), answer([], false)),
    );
    expect(refused).toMatchObject({ hit: null, declined: true, miss: '' });
  });
});
