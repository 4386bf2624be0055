import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedNotesDir, vocabularyFile } from '../../test/corpus';
import { loadKnowledgeBase } from './load-knowledge-base';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'graph-load-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('loadKnowledgeBase', () => {
  it('reads the notes folder and the vocabulary', async () => {
    const kb = await loadKnowledgeBase({ notesDir: seedNotesDir, vocabularyFile });
    expect(kb.documents.map((d) => d.file)).toEqual(['docker-concepts.en.md', 'docker-concepts.zh.md']);
    expect(kb.graph.hasEdge('dnat->implemented-by->iptables')).toBe(true);
    expect(kb.warnings).toEqual([]);
  });

  it('goes on without a missing vocabulary, with a warning, from the concepts the notes name', async () => {
    const kb = await loadKnowledgeBase({
      notesDir: seedNotesDir,
      vocabularyFile: path.join(dir, 'none.yaml'),
    });
    expect(kb.warnings[0]?.message).toMatch(
      /the vocabulary is not there; concepts are discovered from the notes only/,
    );
    expect(kb.graph.nodes()).toEqual(expect.arrayContaining(['nginx', 'docker-info']));
  });

  it('goes on without a broken vocabulary, saying where it is broken', async () => {
    const broken = path.join(dir, 'broken.yaml');
    await writeFile(broken, 'concepts:\n  - id: x\n    zh: x\n    en: x\n    kind: nonsense\n');
    const kb = await loadKnowledgeBase({ notesDir: seedNotesDir, vocabularyFile: broken });
    expect(kb.warnings[0]).toMatchObject({ file: broken });
    expect(kb.warnings[0]?.message).toMatch(/line 5, concepts\[0\]\.kind: "nonsense" is not a concept kind/);
    expect(kb.graph.order).toBeGreaterThan(0);
  });

  it('throws for a bad vocabulary when asked to be strict', async () => {
    await expect(
      loadKnowledgeBase({
        notesDir: seedNotesDir,
        vocabularyFile: path.join(dir, 'none.yaml'),
        strictVocabulary: true,
      }),
    ).rejects.toThrow(/^@notetutor\/graph\/load-knowledge-base: the vocabulary is not there/);
  });

  it('reports a missing notes folder as skipped, with an empty graph', async () => {
    const kb = await loadKnowledgeBase({ notesDir: path.join(dir, 'missing'), vocabularyFile });
    expect(kb.graph.order).toBe(0);
    expect(kb.skipped[0]?.reason).toMatch(/does not exist/);
  });
});

describe('loadKnowledgeBase with a vocabulary.yaml in the notes folder', () => {
  it("lays the folder's own vocabulary over the project's: its concepts and aliases name the notes' terms", async () => {
    const notes = await mkdtemp(path.join(tmpdir(), 'graph-folder-vocab-'));
    try {
      await writeFile(
        path.join(notes, 'tcp.md'),
        '# TCP\n\n- 慢开始 是拥塞控制的一种算法，拥塞窗口从 1 开始。\n- 拥塞窗口 决定发送方一次能发多少报文。\n',
      );
      await writeFile(
        path.join(notes, 'vocabulary.yaml'),
        'concepts:\n  - id: slow-start\n    zh: 慢开始\n    en: slow start\n    kind: concept\n    aliases: [慢启动]\n  - id: cwnd\n    zh: 拥塞窗口\n    en: congestion window\n    kind: concept\n    aliases: [cwnd]\n',
      );
      const kb = await loadKnowledgeBase({ notesDir: notes, vocabularyFile });
      expect(kb.warnings).toEqual([]);
      expect(kb.graph.getNodeAttributes('slow-start')).toMatchObject({
        origin: 'vocabulary',
        label: '慢开始',
      });
      expect(kb.graph.hasNode('cwnd')).toBe(true);
      expect(kb.lookup.resolve('慢启动')).toBe('slow-start');
    } finally {
      await rm(notes, { recursive: true, force: true });
    }
  });

  it('names the file and line of a broken folder vocabulary and builds without it', async () => {
    const notes = await mkdtemp(path.join(tmpdir(), 'graph-folder-vocab-'));
    try {
      await writeFile(path.join(notes, 'a.md'), '# A\n\n- **etcd** 是键值存储。\n');
      await writeFile(
        path.join(notes, 'vocabulary.yaml'),
        'concepts:\n  - id: etcd\n    zh: etcd\n    en: etcd\n    kind: database\n',
      );
      const kb = await loadKnowledgeBase({ notesDir: notes, vocabularyFile });
      expect(kb.warnings[0]?.file).toBe(path.join(notes, 'vocabulary.yaml'));
      expect(kb.warnings[0]?.message).toMatch(/vocabulary\.yaml: .*line 5, concepts\[0\]\.kind/);
      expect(kb.graph.hasNode('etcd')).toBe(true);
    } finally {
      await rm(notes, { recursive: true, force: true });
    }
  });
});
