import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { HealthSchema } from '@notetutor/contracts';
import type { KnowledgeBase } from '@notetutor/graph';
import { describe, expect, it } from 'vitest';
import { createMemoryLogger } from '../../test/memory-logger';
import { SEED_NOTES_DIR, SEED_VOCABULARY, seedKnowledgeBase, testApp } from '../../test/test-app';
import { createKnowledgeSnapshot } from './create-knowledge-snapshot';
import { createKnowledgeHolder } from './knowledge-holder';
import { loadKnowledge } from './load-knowledge';
import { reloadKnowledge } from './reload-knowledge';

async function served() {
  const kb = await seedKnowledgeBase();
  const holder = createKnowledgeHolder(
    createKnowledgeSnapshot(kb, { version: 1, builtAt: '2026-01-01T00:00:00.000Z' }),
  );
  return { kb, holder, logger: createMemoryLogger() };
}

describe('reloadKnowledge', () => {
  it('swaps in a good build whole, warming the tutor index first', async () => {
    const { kb, holder, logger } = await served();
    const prepared: KnowledgeBase[] = [];
    const rebuilt: KnowledgeBase = { ...kb };
    const outcome = await reloadKnowledge({
      holder,
      logger,
      build: async () => rebuilt,
      prepare: (k) => prepared.push(k),
    });
    expect(outcome).toMatchObject({ swapped: true, version: 2 });
    expect(holder.current.kb).toBe(rebuilt);
    expect(prepared).toEqual([rebuilt]);
    expect(holder.stale).toBeUndefined();
  });

  it('keeps the last good graph when the build throws, and says why', async () => {
    const { kb, holder, logger } = await served();
    const outcome = await reloadKnowledge({
      holder,
      logger,
      build: async () => {
        throw new Error('@notetutor/graph/build-graph: out of memory');
      },
    });
    expect(outcome).toEqual({
      swapped: false,
      reason: 'building the graph failed: @notetutor/graph/build-graph: out of memory',
    });
    expect(holder.current.kb).toBe(kb);
    expect(holder.stale?.reason).toMatch(/out of memory/);
    expect(logger.lines.at(-1)).toMatchObject({
      level: 'warn',
      msg: 'notes changed, but the last good graph is kept',
    });
  });

  it('keeps the last good graph when a file it was built from becomes unreadable', async () => {
    const { kb, holder, logger } = await served();
    const file = kb.documents[0]?.file ?? '';
    const broken: KnowledgeBase = {
      ...kb,
      documents: kb.documents.slice(1),
      skipped: [{ file, reason: 'is not UTF-8 text (binary?)' }],
    };
    const outcome = await reloadKnowledge({ holder, logger, build: async () => broken });
    expect(outcome.swapped).toBe(false);
    expect(holder.current.kb).toBe(kb);
    expect(holder.stale?.files).toEqual([{ file, reason: 'is not UTF-8 text (binary?)' }]);
  });

  it('keeps the last good graph when no usable file is left, and recovers on the next good build', async () => {
    const { kb, holder, logger } = await served();
    await reloadKnowledge({ holder, logger, build: async () => ({ ...kb, documents: [], skipped: [] }) });
    expect(holder.current.kb).toBe(kb);
    expect(holder.stale?.reason).toBe('no usable notes file is left in the notes folder');
    await reloadKnowledge({ holder, logger, build: async () => ({ ...kb }) });
    expect(holder.stale).toBeUndefined();
    expect(holder.current.version).toBe(2);
  });

  it('swaps even when a new file is unreadable, as long as the files already served still are', async () => {
    const { kb, holder, logger } = await served();
    const outcome = await reloadKnowledge({
      holder,
      logger,
      build: async () => ({ ...kb, skipped: [{ file: 'new-scan.md', reason: 'is not UTF-8 text' }] }),
    });
    expect(outcome.swapped).toBe(true);
    expect(holder.current.skipped).toEqual([{ file: 'new-scan.md', reason: 'is not UTF-8 text' }]);
  });
});

describe('reloadKnowledge with a broken vocabulary', () => {
  it('keeps the last good graph, health says degraded naming the file and line, the log says why', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'api-vocabulary-'));
    try {
      const vocabularyFile = join(dir, 'vocabulary.yaml');
      await writeFile(vocabularyFile, await readFile(SEED_VOCABULARY));
      const build = () => loadKnowledge({ notesDir: SEED_NOTES_DIR, vocabularyFile });
      const holder = createKnowledgeHolder(
        createKnowledgeSnapshot(await build(), { version: 1, builtAt: '2026-01-01T00:00:00.000Z' }),
      );
      const concepts = holder.current.counts.concepts;
      const { app, logger } = await testApp({ knowledge: holder });

      await writeFile(vocabularyFile, 'concepts:\n  - id: x\n    labelZh: [unclosed\n');
      const outcome = await reloadKnowledge({ holder, build, logger, vocabularyFile });
      expect(outcome.swapped).toBe(false);
      expect(holder.current.counts.concepts).toBe(concepts);
      const health = HealthSchema.parse(await (await app.request('/api/health')).json());
      expect(health.status).toBe('degraded');
      expect(health.concepts).toBe(concepts);
      expect(health.skipped).toEqual([
        { file: vocabularyFile, reason: expect.stringMatching(/YAML \(line 4\)/) },
      ]);
      expect(logger.lines.find((line) => line.level === 'warn')).toMatchObject({
        msg: 'notes changed, but the last good graph is kept',
        reason: expect.stringMatching(/vocabulary .* cannot be used: .*line 4/),
      });

      // Fixed again: the next build is swapped in and health is ok.
      await writeFile(vocabularyFile, await readFile(SEED_VOCABULARY));
      expect((await reloadKnowledge({ holder, build, logger, vocabularyFile })).swapped).toBe(true);
      expect(HealthSchema.parse(await (await app.request('/api/health')).json()).status).toBe('ok');
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
