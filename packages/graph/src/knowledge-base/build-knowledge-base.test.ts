import { describe, expect, it } from 'vitest';
import { corpusFrom, ownVocabulary, seedCorpus, seedVocabulary } from '../../test/corpus';
import { emptyVocabulary } from '../vocabulary/empty-vocabulary';
import { buildKnowledgeBase } from './build-knowledge-base';

describe('buildKnowledgeBase', () => {
  it('gives a byte-identical export for the same notes, built twice or read in another order', async () => {
    const corpus = await seedCorpus();
    const first = JSON.stringify(buildKnowledgeBase(corpus, seedVocabulary()).graph.export());
    const again = JSON.stringify(buildKnowledgeBase(await seedCorpus(), seedVocabulary()).graph.export());
    const reversed = { ...corpus, documents: [...corpus.documents].reverse() };
    const shuffled = JSON.stringify(buildKnowledgeBase(reversed, seedVocabulary()).graph.export());
    expect(again).toBe(first);
    expect(shuffled).toBe(first);
    expect(first.length).toBeGreaterThan(10_000);
  });

  it('builds an empty graph from no notes, without failing', () => {
    const kb = buildKnowledgeBase(
      { documents: [], skipped: [{ file: 'x.md', reason: 'is empty' }], warnings: [] },
      seedVocabulary(),
    );
    expect(kb.graph.order).toBe(0);
    expect(kb.passages.size).toBe(0);
    expect(kb.skipped).toEqual([{ file: 'x.md', reason: 'is empty' }]);
    expect(kb.lookup.find('docker0网桥')).toEqual([]);
  });

  it('takes commands from a file that is only code, and never relations from code', () => {
    const kb = buildKnowledgeBase(
      corpusFrom({ 'cmds.md': '```bash\n$ docker run --net=host nginx\n$ brctl show\n```\n' }),
      ownVocabulary(),
    );
    expect(kb.graph.nodes()).toEqual(expect.arrayContaining(['docker-run', 'brctl-show', 'host-mode']));
    expect(kb.graph.getNodeAttribute('docker-run', 'kind')).toBe('command');
    expect(kb.graph.size).toBe(0);
  });

  it('copes with odd Unicode: full-width text, emoji, zero-width and control characters', () => {
    const text = '* ｂｒｉｄｇｅ：容器\u200b都连接到ｄｏｃｋｅｒ０网桥中😀，就需要进行ＤＮＡＴ\u0007模式。\n';
    const kb = buildKnowledgeBase(corpusFrom({ 'odd.md': text }), ownVocabulary());
    expect(kb.graph.hasEdge('bridge->implemented-by->docker0')).toBe(true);
    expect(kb.graph.hasEdge('container->connects-to->docker0')).toBe(true);
    expect(kb.graph.hasEdge('bridge->requires->dnat')).toBe(true);
  });

  it('warns about a translation whose original is missing and keeps its passages on their own', () => {
    const kb = buildKnowledgeBase(
      corpusFrom({ 'a.en.md': '---\ntranslation_of: a.zh.md\n---\n# A\n\nCgroups limit memory.\n' }),
      seedVocabulary(),
    );
    expect(kb.warnings.map((w) => w.message).join()).toMatch(
      /translation_of names a\.zh\.md, which is not among the notes/,
    );
    expect(kb.originalOf.size).toBe(0);
    expect(kb.graph.getEdgeAttribute('cgroups->limits->memory', 'evidence')).toEqual(['a.en#1.1']);
    expect(kb.graph.getNodeAttribute('cgroups', 'mentions')).toBe(1);
  });

  it('lists the concepts of each passage and builds a lookup of the graph’s concepts only', async () => {
    const kb = buildKnowledgeBase(await seedCorpus(), seedVocabulary());
    expect(kb.passageConcepts.get('docker-concepts.zh#2.3')).toEqual(
      expect.arrayContaining(['cgroups', 'cpu', 'memory', 'kernel', 'container']),
    );
    expect(kb.lookup.resolve('docker0')).toBe('docker0');
    for (const id of kb.lookup.ids()) expect(kb.graph.hasNode(id), id).toBe(true);
  });

  it('builds without a vocabulary from what the notes name themselves', async () => {
    const kb = buildKnowledgeBase(await seedCorpus(), emptyVocabulary());
    expect(kb.graph.order).toBeGreaterThan(5);
    expect(kb.graph.nodes()).toEqual(expect.arrayContaining(['nginx', 'docker-info', 'brctl-show']));
  });
});
