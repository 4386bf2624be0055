import { isAbsolute, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ChatModelConfig } from '@notetutor/tutor';
import { modelConfigFromEnv } from '@notetutor/tutor';
import { z } from 'zod';
import type { ApiLimits } from './app-deps';
import type { TrustProxy } from './client-address';
import type { LogLevel } from './logger';

/** The API's whole configuration, read once at startup. */
export interface ApiConfig {
  host: string;
  port: number;
  notesDir: string;
  vocabularyFile: string;
  corsOrigins: string[];
  trustProxy: TrustProxy;
  limits: ApiLimits;
  logLevel: LogLevel;
  notesWatch: 'auto' | 'poll' | 'off';
  shutdownTimeoutMs: number;
  /** `null`: the offline engine answers. */
  model: ChatModelConfig | null;
  /** Where learner state lives: PostgreSQL when `databaseUrl` is set, else the SQLite file. */
  study: { databaseUrl: string | null; dbFile: string; newPerDay: number };
}

/** Request bodies are capped at 64 KB: a question is at most 2,000 characters, a history a few dozen turns. */
export const MAX_BODY_BYTES = 64 * 1024;

/** The repository root (this file is `apps/api/src/env.ts`, or bundled into `apps/api/dist/main.mjs`). */
const REPO_ROOT = fileURLToPath(new URL('../../../', import.meta.url));

const blankToUndefined = (value: unknown) =>
  typeof value === 'string' && value.trim() === ''
    ? undefined
    : typeof value === 'string'
      ? value.trim()
      : value;

const integer = (name: string, min: number, max: number, fallback: number) =>
  z.preprocess(
    blankToUndefined,
    z
      .string()
      .regex(/^\d+$/, `${name} must be a whole number from ${min} to ${max}`)
      .transform(Number)
      .pipe(z.number().min(min, `${name} must be at least ${min}`).max(max, `${name} must be at most ${max}`))
      .optional()
      .transform((value) => value ?? fallback),
  );

const origin = z.string().transform((value, ctx) => {
  try {
    const url = new URL(value);
    if ((url.protocol === 'http:' || url.protocol === 'https:') && url.origin === value.replace(/\/$/, '')) {
      return url.origin;
    }
  } catch {
    // reported below
  }
  ctx.addIssue({ code: 'custom', message: `"${value}" is not an origin like http://localhost:3000` });
  return z.NEVER;
});

const EnvSchema = z.object({
  API_PORT: integer('API_PORT', 0, 65_535, -1),
  PORT: integer('PORT', 0, 65_535, 8787),
  HOST: z.preprocess(blankToUndefined, z.string().default('127.0.0.1')),
  NOTES_DIR: z.preprocess(blankToUndefined, z.string().optional()),
  VOCABULARY_FILE: z.preprocess(blankToUndefined, z.string().optional()),
  CORS_ORIGINS: z.preprocess(blankToUndefined, z.string().optional()),
  WEB_ORIGIN: z.preprocess(blankToUndefined, z.string().optional()),
  TRUST_PROXY: z.preprocess(blankToUndefined, z.enum(['none', 'loopback', 'all']).default('loopback')),
  RATE_LIMIT_PER_MINUTE: integer('RATE_LIMIT_PER_MINUTE', 0, 1_000_000, 300),
  MAX_CONCURRENT_STREAMS: integer('MAX_CONCURRENT_STREAMS', 0, 100_000, 64),
  REQUEST_TIMEOUT_MS: integer('REQUEST_TIMEOUT_MS', 100, 3_600_000, 120_000),
  SSE_HEARTBEAT_MS: integer('SSE_HEARTBEAT_MS', 100, 600_000, 15_000),
  SHUTDOWN_TIMEOUT_MS: integer('SHUTDOWN_TIMEOUT_MS', 0, 600_000, 10_000),
  NOTES_WATCH: z.preprocess(blankToUndefined, z.enum(['auto', 'poll', 'off']).default('auto')),
  DATABASE_URL: z.preprocess(
    blankToUndefined,
    z
      .string()
      .regex(
        /^postgres(?:ql)?:\/\//,
        'DATABASE_URL must be a postgres:// URL (unset it to use the SQLite file)',
      )
      .optional(),
  ),
  STUDY_DB_FILE: z.preprocess(blankToUndefined, z.string().optional()),
  STUDY_NEW_PER_DAY: integer('STUDY_NEW_PER_DAY', 0, 10_000, 20),
  LOG_LEVEL: z.preprocess(
    (value) => (typeof value === 'string' ? blankToUndefined(value.toLowerCase()) : value),
    z.enum(['debug', 'info', 'warn', 'error', 'silent']).default('info'),
  ),
});

/** A configuration problem found at startup; the message lists every bad variable. */
export class ConfigError extends Error {
  constructor(problems: string[]) {
    super(`@notetutor/api/env: bad configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

/**
 * Reads and validates the API's environment variables (the one place that does). Relative paths are taken
 * from the directory `npm run` was started in (`INIT_CWD`), else the current one. Throws a
 * {@link ConfigError} naming each bad variable.
 *
 * @example
 * const config = readEnv(process.env); // { port: 8787, notesDir: '/…/data/notes', … }
 */
export function readEnv(env: Record<string, string | undefined> = process.env): ApiConfig {
  const parsed = EnvSchema.safeParse(env);
  const problems: string[] = [];
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const name = String(issue.path[0] ?? 'env');
      problems.push(issue.message.includes(name) ? issue.message : `${name}: ${issue.message}`);
    }
  }

  const originsText = env.CORS_ORIGINS?.trim() || env.WEB_ORIGIN?.trim() || 'http://localhost:3000';
  const corsOrigins: string[] = [];
  for (const entry of originsText
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean)) {
    const result = origin.safeParse(entry);
    if (result.success) corsOrigins.push(result.data);
    else
      problems.push(
        `${env.CORS_ORIGINS?.trim() ? 'CORS_ORIGINS' : 'WEB_ORIGIN'}: ${result.error.issues[0]?.message}`,
      );
  }

  let model: ChatModelConfig | null = null;
  try {
    model = modelConfigFromEnv(env);
  } catch (error) {
    problems.push(error instanceof Error ? error.message : String(error));
  }

  if (!parsed.success || problems.length > 0) throw new ConfigError(problems);
  const values = parsed.data;
  const baseDir = env.INIT_CWD?.trim() || process.cwd();
  const fromBase = (path: string) => (isAbsolute(path) ? path : resolve(baseDir, path));

  const notesDir = values.NOTES_DIR ? fromBase(values.NOTES_DIR) : resolve(REPO_ROOT, 'data/notes');
  const dbFile = values.STUDY_DB_FILE
    ? fromBase(values.STUDY_DB_FILE)
    : resolve(REPO_ROOT, 'data/state/learners.sqlite');
  const fromNotes = relative(notesDir, dbFile);
  if (!values.DATABASE_URL && !fromNotes.startsWith('..') && !isAbsolute(fromNotes)) {
    throw new ConfigError([
      `STUDY_DB_FILE: ${dbFile} is inside the notes folder ${notesDir}, which is never written; put the learner database elsewhere`,
    ]);
  }

  return {
    host: values.HOST,
    port: values.API_PORT >= 0 ? values.API_PORT : values.PORT,
    notesDir,
    vocabularyFile: values.VOCABULARY_FILE
      ? fromBase(values.VOCABULARY_FILE)
      : resolve(REPO_ROOT, 'data/vocabulary.yaml'),
    corsOrigins,
    trustProxy: values.TRUST_PROXY,
    limits: {
      maxBodyBytes: MAX_BODY_BYTES,
      ratePerMinute: values.RATE_LIMIT_PER_MINUTE,
      maxConcurrentStreams: values.MAX_CONCURRENT_STREAMS,
      requestTimeoutMs: values.REQUEST_TIMEOUT_MS,
      heartbeatMs: values.SSE_HEARTBEAT_MS,
    },
    logLevel: values.LOG_LEVEL,
    notesWatch: values.NOTES_WATCH,
    shutdownTimeoutMs: values.SHUTDOWN_TIMEOUT_MS,
    model,
    study: { databaseUrl: values.DATABASE_URL ?? null, dbFile, newPerDay: values.STUDY_NEW_PER_DAY },
  };
}
