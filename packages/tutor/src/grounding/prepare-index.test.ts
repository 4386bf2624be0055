import type { KnowledgeBase } from '@notetutor/graph';
import { beforeAll, describe, expect, it } from 'vitest';
import { knowledgeBaseOfNotes, seedKnowledgeBase } from '../../test/knowledge-base-fixture';
import { prepareIndex } from './prepare-index';
import { scoreBm25 } from './score-bm25';

let kb: KnowledgeBase;
beforeAll(async () => {
  kb = await seedKnowledgeBase();
});

describe('prepareIndex', () => {
  it('builds the index once per knowledge base object', async () => {
    expect(prepareIndex(kb)).toBe(prepareIndex(kb));
    const other = await seedKnowledgeBase();
    expect(prepareIndex(other)).not.toBe(prepareIndex(kb));
  });

  it('gives each language a view: its own passages, and the other language’s untranslated ones', async () => {
    const index = prepareIndex(kb);
    const inView = (lang: 'zh' | 'en') =>
      index.passages.passages.filter((_, i) => index.passages.views[lang].member[i] === 1).map((p) => p.id);
    expect(inView('en').every((id) => id.startsWith('docker-concepts.en#'))).toBe(true);
    expect(inView('zh').every((id) => id.startsWith('docker-concepts.zh#'))).toBe(true);

    const { kb: mixed, remove } = await knowledgeBaseOfNotes({
      'a.zh.md': '# 甲\n\n* 容器共享内核。\n',
      'b.en.md': '# B\n\n* Cgroups limit memory.\n',
    });
    try {
      const mixedIndex = prepareIndex(mixed);
      expect(mixedIndex.passages.views.en.count).toBe(2);
      expect(mixedIndex.passages.views.zh.count).toBe(2);
    } finally {
      await remove();
    }
  });

  it('rates concepts mentioned everywhere as less specific than rare ones', () => {
    const index = prepareIndex(kb);
    expect(index.specificity('container')).toBeLessThan(index.specificity('overlay2'));
    expect(index.specificity('overlay2')).toBeLessThanOrEqual(1);
  });

  it('marks the table-of-contents line, which only restates a heading, as a poor answer', () => {
    const index = prepareIndex(kb);
    const position = index.passages.position.get('docker-concepts.zh#1.1') as number;
    expect(index.prior[position]).toBeLessThan(1);
    expect(index.prior[index.passages.position.get('docker-concepts.zh#2.2') as number]).toBe(1);
  });

  it('knows what each passage is about, from its original', () => {
    const index = prepareIndex(kb);
    expect(index.topic(index.passages.position.get('docker-concepts.en#5.3') as number)).toBe('host-mode');
  });
});

describe('scoreBm25', () => {
  it('scores only passages containing a query term, rarer terms higher', () => {
    const index = prepareIndex(kb);
    const result = scoreBm25(index.passages, 'en', [
      { term: 'cgroup', weight: 1 },
      { term: 'docker', weight: 1 },
    ]);
    const cgroups = index.passages.position.get('docker-concepts.en#2.3') as number;
    const best = result.touched.reduce((a, b) =>
      (result.scores[a] as number) >= (result.scores[b] as number) ? a : b,
    );
    expect(best).toBe(cgroups);
    expect(result.idf[0]).toBeGreaterThan(result.idf[1] as number);
    for (const position of result.touched) expect(index.passages.passages[position]?.lang).toBe('en');
  });

  it('counts a term the notes never use in the query’s mass, as the rarest possible term', () => {
    const index = prepareIndex(kb);
    const result = scoreBm25(index.passages, 'en', [{ term: 'kubernet', weight: 1 }]);
    expect(result.touched).toEqual([]);
    expect(result.knownMass).toBe(0);
    expect(result.queryMass).toBeGreaterThan(0);
  });
});
