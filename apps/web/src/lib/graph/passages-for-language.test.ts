import type { PassageView } from '@notetutor/contracts';
import { describe, expect, it } from 'vitest';
import { passagesForLanguage } from './passages-for-language';

const zh = (n: string): PassageView => ({
  id: `n.zh#${n}`,
  text: `中文 ${n}`,
  lang: 'zh',
  source: { file: 'n.zh.md', heading: 'h', line: 1 },
  headingPath: [],
});
const en = (n: string): PassageView => ({
  ...zh(n),
  id: `n.en#${n}`,
  text: `English ${n}`,
  lang: 'en',
  originalId: `n.zh#${n}`,
});

describe('passagesForLanguage', () => {
  it('keeps one of each translated pair, in the reader’s language, and puts the reader’s language first', () => {
    const list = [en('2.1'), zh('2.1'), zh('3.1'), en('4.1')];
    expect(passagesForLanguage(list, 'en').map((p) => p.id)).toEqual(['n.en#2.1', 'n.en#4.1', 'n.zh#3.1']);
    expect(passagesForLanguage(list, 'zh').map((p) => p.id)).toEqual(['n.zh#2.1', 'n.zh#3.1', 'n.en#4.1']);
  });

  it('drops a passage shown elsewhere together with its translation', () => {
    expect(
      passagesForLanguage([en('2.1'), zh('2.1'), zh('3.1')], 'en', [zh('2.1')]).map((p) => p.id),
    ).toEqual(['n.zh#3.1']);
  });
});

describe('passageInLanguage', () => {
  it('swaps a passage for its translation in the reader’s language when one is at hand', async () => {
    const { passageInLanguage } = await import('./passage-in-language');
    expect(passageInLanguage(zh('2.1'), 'en', [zh('3.1'), en('2.1')]).id).toBe('n.en#2.1');
    expect(passageInLanguage(en('2.1'), 'zh', [zh('2.1')]).id).toBe('n.zh#2.1');
    expect(passageInLanguage(zh('2.1'), 'en', [en('3.1')]).id).toBe('n.zh#2.1');
    expect(passageInLanguage(zh('2.1'), 'zh', [en('2.1')]).id).toBe('n.zh#2.1');
  });
});
