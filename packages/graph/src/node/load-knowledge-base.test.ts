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
