import type { Answer, Citation } from '@notetutor/contracts';
import { describe, expect, it } from 'vitest';
import { scoreItem, sectionOf, summarizeOutcomes } from './eval-metrics';
import type { EvalItem } from './eval-set';

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
