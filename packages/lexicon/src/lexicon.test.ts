import { describe, expect, it, vi } from 'vitest';
import {
  chineseFrequencies,
  englishFrequencies,
  packWordLists,
  type WordLists,
} from './background-frequencies';
import { bilingualDictionary } from './bilingual-dictionary';
import { cleanGloss, deriveGlosses } from './derive-glosses';
import { isChineseFunctionWord, isChineseNoun, isChineseVerb, isShortChineseNoun } from './is-chinese-verb';
import { COMMON_WORD_ZIPF, isCommonWord } from './is-common-word';
import { writtenEnglishZipf } from './written-english';
import { backgroundZipf, zipfFrequency } from './zipf-frequency';

// The first use of each table reads megabytes of word lists (several seconds on a loaded 2-core machine): a
// big input, not a timed test, so the tests get more than vitest's 5 s default.
vi.setConfig({ testTimeout: 60_000 });

describe('backgroundZipf', () => {
  it('knows the written vocabulary subtitles rarely use, and still not the terms of a field', () => {
    // SUBTLEX hardly has "usage" (spoken English); every writer uses it.
    expect(zipfFrequency('usage')).toBeLessThan(3);
    expect(backgroundZipf('usage')).toBeGreaterThanOrEqual(4);
    expect(backgroundZipf('Usage')).toBe(backgroundZipf('usage'));
    // Words only a large dictionary lists stay rare; names and terms of art are absent.
    expect(backgroundZipf('coalescence')).toBeLessThan(3);
    expect(writtenEnglishZipf('kubernetes')).toBe(0);
    expect(backgroundZipf('cgroups')).toBe(0);
    // Never below the spoken frequency, and Chinese is jieba's alone.
    expect(backgroundZipf('the')).toBe(zipfFrequency('the'));
    expect(backgroundZipf('具体')).toBe(zipfFrequency('具体'));
  });
});

describe('isChineseNoun', () => {
  it('knows nouns and names from jieba, not pronouns, time words or verbs', () => {
    expect(isChineseNoun('算法')).toBe(true);
    expect(isChineseNoun('银行家')).toBe(true);
    expect(isChineseNoun('什么')).toBe(false);
    expect(isChineseNoun('以后')).toBe(false);
    expect(isChineseNoun('切换')).toBe(false);
  });

  it('answers for nouns of one or two characters alone in isShortChineseNoun, as the full set does', () => {
    for (const word of ['库', '队列', '算法', '可以', '切换', '以后']) {
      expect(isShortChineseNoun(word), word).toBe(isChineseNoun(word));
    }
    expect(isShortChineseNoun('队列')).toBe(true);
    expect(isShortChineseNoun('银行家')).toBe(false);
  });

  it('tells the conjunctions and prepositions that end a phrase from content words', () => {
    for (const word of ['但是', '而', '于', '由', '或者', '通过'])
      expect(isChineseFunctionWord(word), word).toBe(true);
    for (const word of ['进程', '异步', '触发', '多', '自旋'])
      expect(isChineseFunctionWord(word), word).toBe(false);
  });
});

describe('zipfFrequency', () => {
  it('weighs everyday words above technical terms in English', () => {
    expect(zipfFrequency('the')).toBeGreaterThan(6.5);
    expect(zipfFrequency('eating')).toBeGreaterThan(4);
    expect(zipfFrequency('Once')).toBe(zipfFrequency('once'));
    expect(zipfFrequency('cgroups')).toBe(0);
    expect(zipfFrequency('eating')).toBeGreaterThan(zipfFrequency('kernel'));
  });

  it('weighs everyday words above technical terms in Chinese', () => {
    expect(isCommonWord('具体')).toBe(true);
    expect(isCommonWord('缺点')).toBe(true);
    expect(isCommonWord('命名空间')).toBe(false);
    expect(zipfFrequency('计时器')).toBeLessThan(zipfFrequency('时间'));
  });

  it('is 0 for empty or unknown text', () => {
    expect(zipfFrequency('')).toBe(0);
    expect(zipfFrequency('   ')).toBe(0);
    expect(zipfFrequency('qzxwvk')).toBe(0);
  });
});

describe('isChineseVerb', () => {
  it('tells verbs from nouns by the dictionary', () => {
    expect(isChineseVerb('切换')).toBe(true);
    expect(isChineseVerb('释放')).toBe(true);
    expect(isChineseVerb('进程')).toBe(false);
    expect(isChineseVerb('内核')).toBe(false);
  });
});

describe('bilingual dictionary', () => {
  it('translates Chinese technical words both ways', () => {
    const dictionary = bilingualDictionary();
    expect(dictionary.glossesOf.get('计时器')).toContain('timer');
    // Single characters only as parts of compounds: "lock" is 锁 in 公平锁, never a translation alone.
    expect(dictionary.charactersFor.get('lock')).toContain('锁');
    expect(dictionary.wordsFor.get('lock')).not.toContain('锁');
    expect(dictionary.wordsFor.get('timer')).toContain('计时器');
    expect(dictionary.glossesOf.get('暴露')).toContain('expose');
    expect(dictionary.glossesOf.get('容器')).toContain('container');
  });

  it('keeps short translations and drops cross-references', () => {
    expect(cleanGloss('(computing) container')).toBe('container');
    expect(cleanGloss('to expose')).toBe('expose');
    expect(cleanGloss('surname Wang')).toBeUndefined();
    expect(cleanGloss('variant of 個|个[ge4]')).toBeUndefined();
    expect(cleanGloss('a very long explanation of a word')).toBeUndefined();
    const table = deriveGlosses([
      ['個', '个', 'ge4', 'individual'],
      ['端口', '端口', 'duan1 kou3', ['interface', 'port', 'CL:個|个[ge4]']],
    ]);
    expect(table.has('个')).toBe(false);
    expect(table.get('端口')).toEqual(['interface', 'port']);
  });

  it('keeps every sense of a definition that lists several, as CC-CEDICT writes most', () => {
    const table = deriveGlosses([
      [
        '追蹤',
        '追踪',
        'zhui1 zong1',
        ['to track; to trace; to follow up', '(HK, Tw) to follow (on social media)'],
      ],
      [
        '建議',
        '建议',
        'jian4 yi4',
        ['to propose; to suggest; to recommend', 'proposal; suggestion; recommendation'],
      ],
    ]);
    expect(table.get('追踪')).toEqual(['track', 'trace', 'follow up', 'follow']);
    expect(table.get('建议')).toContain('suggest');
    expect(table.get('建议')).not.toContain('proposal suggestion recommendation');
    // The table the tutor reads is built from the same rule.
    expect(bilingualDictionary().glossesOf.get('追踪')).toContain('trace');
  });
});

describe('isCommonWord at the everyday threshold', () => {
  it('answers from the derived word lists exactly as the frequency tables do, in both languages', () => {
    // Every word of both background corpora, plus forms they do not have: the set and the Zipf value agree.
    const words = [
      ...[...englishFrequencies().words.entries()].map(([word]) => word),
      ...[...chineseFrequencies().words.entries()].map(([word]) => word),
      ' Eating ',
      'QZXWVK',
      '',
      '计时器',
    ];
    const disagreeing = words.filter((w) => isCommonWord(w) !== zipfFrequency(w) >= COMMON_WORD_ZIPF);
    expect(disagreeing).toEqual([]);
    expect(isCommonWord('eating')).toBe(true);
    expect(isCommonWord('kubelet')).toBe(false);
  });
});

describe('packWordLists', () => {
  it('writes each list as one string of lines that splits back into the list', () => {
    const lists: WordLists = {
      zipf: 4,
      sources: { 'a/b': 1 },
      commonEn: ['the', 'of'],
      commonZh: ['的'],
      verbsZh: [],
      shortNounsZh: ['库', '队列'],
      englishAtOrAbove: { '3': ['cat', 'dog'] },
    };
    const packed = JSON.parse(JSON.stringify(packWordLists(lists))) as Record<string, unknown>;
    expect(packed.commonEn).toBe('the\nof');
    expect(packed.verbsZh).toBe('');
    expect(String(packed.shortNounsZh).split('\n')).toEqual(['库', '队列']);
    expect(packed.englishAtOrAbove).toEqual({ '3': 'cat\ndog' });
    expect(packed.zipf).toBe(4);
  });
});
