import { fileURLToPath } from 'node:url';
import type { KnowledgeBase } from '@notetutor/graph';
import { createTutor, type Tutor } from '@notetutor/tutor';
import { createApp } from '../src/app';
import type { ApiLimits, AppDeps } from '../src/app-deps';
import { createKnowledgeSnapshot } from '../src/knowledge/create-knowledge-snapshot';
import { createKnowledgeHolder, type KnowledgeHolder } from '../src/knowledge/knowledge-holder';
import { loadKnowledge } from '../src/knowledge/load-knowledge';
import { createConcurrencyGate } from '../src/middleware/concurrency';
import { createMemoryLogger } from './memory-logger';

/** The repository's seed notes. */
export const SEED_NOTES_DIR = fileURLToPath(new URL('../../../data/notes', import.meta.url));
/** The repository's domain vocabulary. */
export const SEED_VOCABULARY = fileURLToPath(new URL('../../../data/vocabulary.yaml', import.meta.url));

let seed: Promise<KnowledgeBase> | undefined;
/** The knowledge base built from the seed notes, once per test file. */
export function seedKnowledgeBase(): Promise<KnowledgeBase> {
  seed ??= loadKnowledge({ notesDir: SEED_NOTES_DIR, vocabularyFile: SEED_VOCABULARY });
  return seed;
}

export const TEST_LIMITS: ApiLimits = {
  maxBodyBytes: 64 * 1024,
  ratePerMinute: 0,
  maxConcurrentStreams: 8,
  requestTimeoutMs: 5_000,
  heartbeatMs: 1_000,
};

/**
 * The real app over the seed notes with the real offline tutor (unless `tutor` is given), a memory logger and
 * test limits; every part can be overridden.
 */
export async function testApp(
  overrides: Partial<Omit<AppDeps, 'limits'>> & { limits?: Partial<ApiLimits>; kb?: KnowledgeBase } = {},
) {
  const kb = overrides.kb ?? (await seedKnowledgeBase());
  const knowledge: KnowledgeHolder =
    overrides.knowledge ??
    createKnowledgeHolder(createKnowledgeSnapshot(kb, { version: 1, builtAt: '2026-01-01T00:00:00.000Z' }));
  const tutor: Tutor = overrides.tutor ?? createTutor({ knowledgeBase: () => knowledge.current.kb });
  const logger = createMemoryLogger();
  const limits = { ...TEST_LIMITS, ...overrides.limits };
  const gate = overrides.gate ?? createConcurrencyGate(limits.maxConcurrentStreams);
  const deps: AppDeps = {
    logger,
    corsOrigins: ['http://localhost:3000'],
    trustProxy: 'loopback',
    ...overrides,
    knowledge,
    tutor,
    limits,
    gate,
  };
  return { app: createApp(deps), logger, gate, knowledge, tutor };
}

/** Options for a JSON POST. */
export function postJson(body: unknown, headers: Record<string, string> = {}): RequestInit {
  return {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  };
}
