import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildDeck } from '@notetutor/study';
import { createTutor, prepareIndex } from '@notetutor/tutor';
import { afterEach, describe, expect, it } from 'vitest';
import { createMemoryLogger } from '../../test/memory-logger';
import { SEED_NOTES_DIR, SEED_VOCABULARY, seedKnowledgeBase } from '../../test/test-app';
import { deckOf } from '../study/deck-of';
import { createKnowledgeBuilder } from './create-knowledge-builder';

let dir: string | undefined;
afterEach(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
  dir = undefined;
});

describe('createKnowledgeBuilder', () => {
  it('builds in a worker the same graph, passages and answers as a build on this thread', async () => {
    const logger = createMemoryLogger();
    const builder = createKnowledgeBuilder({
      notesDir: SEED_NOTES_DIR,
      vocabularyFile: SEED_VOCABULARY,
      logger,
    });
    const [fromWorker, here] = await Promise.all([builder.build(), seedKnowledgeBase()]);
    expect(JSON.stringify(fromWorker.graph.export())).toBe(JSON.stringify(here.graph.export()));
    expect([...fromWorker.passages.keys()]).toEqual([...here.passages.keys()]);
    expect(fromWorker.lookup.find('docker0网桥').map((m) => m.id)).toEqual(
      here.lookup.find('docker0网桥').map((m) => m.id),
    );
    // The index came with it: the tutor's tables are the worker's, and answers match.
    const index = prepareIndex(fromWorker);
    expect(index.passages.passages[0]).toBe(fromWorker.passages.values().next().value);
    const question = { question: 'cgroups 和 namespace 有什么区别？' };
    const a = await createTutor({ knowledgeBase: () => fromWorker }).ask(question);
    const b = await createTutor({ knowledgeBase: () => here }).ask(question);
    expect(a).toEqual(b);
    // So did the study deck: the same cards as one built here.
    const deck = deckOf(fromWorker);
    expect(deck.cards.length).toBeGreaterThan(0);
    expect(deck.fingerprint).toBe(buildDeck(here).fingerprint);
    expect(deck.byConcept.get('cgroups')?.length).toBe(buildDeck(here).byConcept.get('cgroups')?.length);
    await builder.close();
  });

  it('logs the stages of a build that takes longer than the threshold', async () => {
    const logger = createMemoryLogger();
    const builder = createKnowledgeBuilder({
      notesDir: SEED_NOTES_DIR,
      vocabularyFile: SEED_VOCABULARY,
      logger,
      progressAfterMs: 0,
    });
    await builder.build();
    const stages = logger.lines.filter((l) => l.msg === 'building the knowledge base').map((l) => l.stage);
    expect(stages).toEqual(expect.arrayContaining(['graph', 'index', 'assemble']));
    expect(logger.lines.at(-1)).toMatchObject({ msg: 'knowledge base built' });
    await builder.close();
  });

  it('stops a build in progress on close, and refuses new ones', async () => {
    dir = await mkdtemp(join(tmpdir(), 'api-builder-'));
    const bullets = Array.from(
      { length: 60_000 },
      (_, i) => `* 第 ${i} 条：容器使用 cgroups 限制 CPU 与内存。\n`,
    );
    await writeFile(join(dir, 'long.md'), `# 容器\n\n${bullets.join('')}`);
    const builder = createKnowledgeBuilder({ notesDir: dir, logger: createMemoryLogger() });
    const building = builder.build();
    const started = performance.now();
    await builder.close();
    await expect(building).rejects.toThrow(/stopped by the shutdown/);
    expect(performance.now() - started).toBeLessThan(2_000);
    await expect(builder.build()).rejects.toThrow(/shutting down/);
  });

  it('rejects with the reason when the notes cannot be built', async () => {
    const builder = createKnowledgeBuilder({
      notesDir: SEED_NOTES_DIR,
      vocabularyFile: '/nonexistent/vocabulary.yaml',
      logger: createMemoryLogger(),
    });
    // A missing vocabulary is a warning, not a failure: the build goes on without it.
    const kb = await builder.build();
    expect(kb.warnings[0]?.message).toMatch(/vocabulary is not there/);
    await builder.close();
  });
});
