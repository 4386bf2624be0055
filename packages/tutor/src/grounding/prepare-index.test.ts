import { exportKnowledgeBase, importKnowledgeBase, type KnowledgeBase } from '@notetutor/graph';
import { beforeAll, describe, expect, it } from 'vitest';
import { knowledgeBaseOfNotes, seedKnowledgeBase } from '../../test/knowledge-base-fixture';
import { adoptIndexData, computeIndexData, prepareIndex, type TutorIndex } from './prepare-index';
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

/** Everything an index answers about the notes, as plain values to compare two indexes by. */
function answersOf(kb: KnowledgeBase, index: TutorIndex) {
  const passages = index.passages.passages;
  const concepts = kb.graph.nodes();
  const languages = ['zh', 'en'] as const;
  return {
    passages: passages.map((passage, i) => ({
      id: passage.id,
      headingTopic: index.headingTopic(i),
      leads: index.leadsSection(i),
      topic: index.topic(i),
      concepts: [...index.conceptsAt(i)],
      context: [...index.contextAt(i)],
      children: index.structure.children(passage).map((child) => child.id),
      parent: index.structure.parent(passage)?.id,
      prior: index.prior[i],
    })),
    concepts: concepts.map((id) => ({
      id,
      section: index.sectionPassages(id),
      context: languages.map((language) => index.contextPositions(id, language)),
      evidence: languages.map((language) => [...index.evidence(id, language)]),
      specificity: index.specificity(id),
    })),
    otherLanguage: languages.map((language) => index.hasOtherLanguage(language)),
    adjacency: [...index.adjacency.neighbours],
    spelling: ['contianer', 'namspace', 'overlya2', 'dokcer'].map((word) => index.spelling.suggest(word)),
  };
}

describe('adoptIndexData', () => {
  it('makes an index computed elsewhere and sent over (as postMessage copies it) answer as prepareIndex does', async () => {
    const { kb: built, remove } = await knowledgeBaseOfNotes({
      'docker/cgroups.en.md':
        '# Docker\n\n## Cgroups\n\n* Cgroups limit what a container uses:\n  * memory\n  * CPU time\n\n## Namespaces\n\n* A namespace isolates what a container sees.\n',
      'docker/cgroups.zh.md': '# Docker\n\n## Cgroups\n\n* Cgroups 限制容器使用的资源：\n  * 内存\n',
    });
    try {
      // The worker's path: the knowledge base and the index data both cross a structured clone.
      const received = importKnowledgeBase(structuredClone(exportKnowledgeBase(built)));
      const data = structuredClone(computeIndexData(built));
      const adopted = adoptIndexData(received, { ...data, passages: { ...data.passages, passages: [] } });
      expect(prepareIndex(received)).toBe(adopted);
      const expected = answersOf(built, prepareIndex(built));
      expect(answersOf(received, adopted)).toEqual(expected);
      // And what it answers is right, for the tables that used to be derived on the receiving side.
      const at = (text: string) => {
        const position = adopted.passages.passages.findIndex((p) => p.text === text && p.lang === 'en');
        expect(position, text).toBeGreaterThanOrEqual(0);
        return position;
      };
      const limits = at('Cgroups limit what a container uses:');
      const memory = at('memory');
      const passage = (position: number) =>
        adopted.passages.passages[position] as (typeof adopted.passages.passages)[number];
      expect(adopted.structure.children(passage(limits)).map((p) => p.text)).toEqual(['memory', 'CPU time']);
      expect(adopted.structure.parent(passage(memory))?.text).toBe('Cgroups limit what a container uses:');
      expect(adopted.headingTopic(limits)).toBe('cgroups');
      expect(adopted.sectionPassages('cgroups')).toContain(memory);
      expect(adopted.leadsSection(limits)).toBe(true);
      expect(adopted.leadsSection(memory)).toBe(false);
      // "memory" does not name cgroups, but sits under its heading in a file named for it.
      expect(adopted.contextAt(memory).has('cgroups')).toBe(true);
      expect(adopted.contextPositions('cgroups', 'en')).toContain(memory);
      expect(adopted.spelling.suggest('contianer')).toEqual(['container']);
    } finally {
      await remove();
    }
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
