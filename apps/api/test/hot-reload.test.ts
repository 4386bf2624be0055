import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ConceptSearchResultSchema, HealthSchema } from '@notetutor/contracts';
import { prepareIndex } from '@notetutor/tutor';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createKnowledgeSnapshot } from '../src/knowledge/create-knowledge-snapshot';
import { createKnowledgeHolder } from '../src/knowledge/knowledge-holder';
import { loadKnowledge } from '../src/knowledge/load-knowledge';
import { reloadKnowledge } from '../src/knowledge/reload-knowledge';
import { type NotesWatcher, watchNotes } from '../src/notes-watcher';
import { bodyOf } from './read-json';
import { SEED_NOTES_DIR, SEED_VOCABULARY, testApp } from './test-app';

let dir: string;
let watcher: NotesWatcher | undefined;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'api-notes-'));
  await writeFile(join(dir, 'docker.md'), await readFile(join(SEED_NOTES_DIR, 'docker-concepts.zh.md')));
});
afterEach(async () => {
  await watcher?.close();
  await rm(dir, { recursive: true, force: true });
});

const NEW_NOTES = `# Kubernetes notes

## Pods

- A **Pod** is the smallest deployable unit in **Kubernetes**; the containers of a Pod share one network namespace.
- The **kubelet** runs on every node and starts the containers of each Pod through the container runtime (runc).
`;

async function servedApp() {
  const build = () => loadKnowledge({ notesDir: dir, vocabularyFile: SEED_VOCABULARY });
  const kb = await build();
  const knowledge = createKnowledgeHolder(
    createKnowledgeSnapshot(kb, { version: 1, builtAt: new Date().toISOString() }),
  );
  const built = await testApp({ knowledge });
  watcher = await watchNotes({
    dir,
    mode: 'auto',
    debounceMs: 50,
    pollMs: 100,
    logger: built.logger,
    onChange: async () => {
      await reloadKnowledge({ holder: knowledge, build, prepare: prepareIndex, logger: built.logger });
    },
  });
  const health = async () => bodyOf(await built.app.request('/api/health'), HealthSchema);
  return { ...built, health };
}

const eventually = async <T>(
  read: () => Promise<T>,
  check: (value: T) => boolean,
  // Only an upper bound: a rebuild (parse, graph, layout) can take seconds on a busy shared machine.
  timeoutMs = 20_000,
): Promise<T> => {
  const start = Date.now();
  for (;;) {
    const value = await read();
    if (check(value)) return value;
    if (Date.now() - start > timeoutMs)
      throw new Error(`not reached in time; last value: ${JSON.stringify(value)}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
};

describe('hot reload of the notes folder', () => {
  it('serves new concepts after a notes file is added, then keeps the last good graph on a broken edit', async () => {
    const { app, health, logger } = await servedApp();
    const before = await health();
    expect(before.status).toBe('ok');
    const search = async (q: string) =>
      bodyOf(await app.request(`/api/concepts?q=${encodeURIComponent(q)}`), ConceptSearchResultSchema);
    expect((await search('kubelet')).concepts).toEqual([]);

    await writeFile(join(dir, 'kubernetes.md'), NEW_NOTES);
    const grown = await eventually(health, (h) => h.concepts > before.concepts);
    expect(grown.status).toBe('ok');
    expect((await search('kubelet')).concepts[0]?.labelEn.toLowerCase()).toContain('kubelet');

    // The new file becomes binary garbage: the graph that had its concepts stays in service.
    await writeFile(
      join(dir, 'kubernetes.md'),
      Buffer.from([0x00, 0xff, 0xfe, 0x00, 0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x1a]),
    );
    const degraded = await eventually(health, (h) => h.status === 'degraded');
    expect(degraded.concepts).toBe(grown.concepts);
    expect(degraded.skipped?.map((s) => s.file)).toContain('kubernetes.md');
    expect((await search('kubelet')).concepts.length).toBeGreaterThan(0);
    expect(logger.lines.some((l) => l.msg === 'notes changed, but the last good graph is kept')).toBe(true);

    // Fixing the file brings the service back to ok.
    await writeFile(
      join(dir, 'kubernetes.md'),
      `${NEW_NOTES}\n- The **kube-proxy** programs iptables rules for Services.\n`,
    );
    const fixed = await eventually(health, (h) => h.status === 'ok');
    expect(fixed.concepts).toBeGreaterThanOrEqual(grown.concepts);
  }, 60_000);

  it('keeps the last good graph when every notes file is removed', async () => {
    const { health } = await servedApp();
    const before = await health();
    await rm(join(dir, 'docker.md'));
    const after = await eventually(health, (h) => h.status === 'degraded');
    expect(after.concepts).toBe(before.concepts);
  });
});
