import { openStudyStore } from '@notetutor/db';
import type { FreshLocation } from '@notetutor/db/testing';
import type { KnowledgeBase } from '@notetutor/graph';
import type { AppDeps } from '../src/app-deps';
import { createKnowledgeSnapshot } from '../src/knowledge/create-knowledge-snapshot';
import { createKnowledgeHolder } from '../src/knowledge/knowledge-holder';
import { createStoreHolder } from '../src/study/store-holder';
import { createStudyService } from '../src/study/study-service';
import { createMemoryLogger } from './memory-logger';
import { postJson, seedKnowledgeBase, testApp } from './test-app';

/** The real app with a study service over a fresh database (SQLite file or PostgreSQL schema). */
export async function studyApp(
  fresh: FreshLocation,
  options: { kb?: KnowledgeBase; now?: () => number; deps?: Partial<Omit<AppDeps, 'limits'>> } = {},
) {
  const { location, drop } = await fresh();
  const logger = createMemoryLogger();
  const store = createStoreHolder({ open: () => openStudyStore(location), logger });
  await store.get();
  const kb = options.kb ?? (await seedKnowledgeBase());
  const knowledge = createKnowledgeHolder(
    createKnowledgeSnapshot(kb, { version: 1, builtAt: '2026-01-01T00:00:00.000Z' }),
  );
  const study = createStudyService({ store, knowledge, ...(options.now ? { now: options.now } : {}) });
  const built = await testApp({ ...options.deps, knowledge, study, logger });
  return {
    ...built,
    logger,
    store,
    study,
    async newLearner(): Promise<string> {
      const res = await built.app.request('/api/learners', { method: 'POST' });
      const body = (await res.json()) as { token: string };
      return body.token;
    },
    get: (path: string, token?: string) =>
      built.app.request(path, token ? { headers: { authorization: `Bearer ${token}` } } : {}),
    post: (path: string, body: unknown, token?: string) =>
      built.app.request(path, postJson(body, token ? { authorization: `Bearer ${token}` } : {})),
    async close() {
      await store.close();
      await drop();
    },
  };
}
