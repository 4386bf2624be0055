// The API server's entry point: read the environment, build the knowledge base from the notes, serve, watch
// the notes for changes, and shut down gracefully on SIGTERM/SIGINT.
import { stat } from 'node:fs/promises';
import { openStudyStore } from '@notetutor/db';
import { createExplanationGrader, createTutor, prepareIndex } from '@notetutor/tutor';
import { createApp } from './app';
import { ConfigError, readEnv } from './env';
import { startHttpServer } from './http-server';
import { createKnowledgeBuilder } from './knowledge/create-knowledge-builder';
import { createKnowledgeSnapshot } from './knowledge/create-knowledge-snapshot';
import { createKnowledgeHolder } from './knowledge/knowledge-holder';
import { reloadKnowledge } from './knowledge/reload-knowledge';
import { createLogger } from './logger';
import { createConcurrencyGate } from './middleware/concurrency';
import { watchNotes } from './notes-watcher';
import { endOpenStreams } from './sse/event-stream';
import { createStoreHolder } from './study/store-holder';
import { createStudyService } from './study/study-service';

function fail(message: string): never {
  process.stderr.write(`${message}\n`);
  process.exit(1);
}

let config: ReturnType<typeof readEnv>;
try {
  config = readEnv();
} catch (error) {
  if (error instanceof ConfigError) fail(error.message);
  throw error;
}
const logger = createLogger({ level: config.logLevel });

process.on('unhandledRejection', (reason) => logger.error('unhandled promise rejection', { error: reason }));
process.on('uncaughtException', (error) => {
  logger.error('uncaught exception; exiting', { error });
  process.exit(1);
});

const notesDirInfo = await stat(config.notesDir).catch(() => undefined);
if (!notesDirInfo?.isDirectory()) {
  fail(`@notetutor/api: NOTES_DIR ${config.notesDir} is not a folder; point NOTES_DIR at your notes`);
}

// Every build (start-up and hot reload) runs in a worker thread, so requests keep being served meanwhile.
const builder = createKnowledgeBuilder({
  notesDir: config.notesDir,
  vocabularyFile: config.vocabularyFile,
  logger,
});
const build = () => builder.build();
const started = performance.now();
let kb: Awaited<ReturnType<typeof build>>;
try {
  kb = await build();
} catch (error) {
  fail(`@notetutor/api: could not build the graph from ${config.notesDir}: ${(error as Error).message}`);
}
prepareIndex(kb);
const holder = createKnowledgeHolder(
  createKnowledgeSnapshot(kb, { version: 1, builtAt: new Date().toISOString() }),
);
for (const { file, reason } of kb.skipped) logger.warn('notes file skipped', { file, reason });
// With no earlier graph to keep, a broken vocabulary still shows: health is degraded and names it.
const vocabularyWarning = kb.warnings.find((warning) => warning.file === config.vocabularyFile);
if (vocabularyWarning) {
  logger.warn('the vocabulary cannot be used; serving concepts discovered in the notes only', {
    file: vocabularyWarning.file,
    reason: vocabularyWarning.message,
  });
  holder.markStale({
    reason: vocabularyWarning.message,
    files: [{ file: vocabularyWarning.file, reason: vocabularyWarning.message }],
    since: new Date().toISOString(),
  });
}
if (kb.documents.length === 0) {
  logger.warn('no usable notes file: serving an empty graph until one appears', {
    notesDir: config.notesDir,
  });
}

// Learner state: PostgreSQL with DATABASE_URL, else the SQLite file. A database that cannot be used is
// reported here and leaves the study routes answering 503 (retried later) while the tutor keeps answering.
const studyStore = createStoreHolder({
  open: () =>
    openStudyStore(
      config.study.databaseUrl ? { url: config.study.databaseUrl } : { file: config.study.dbFile },
    ),
  logger,
});
const studyDatabase = config.study.databaseUrl ? 'postgres (DATABASE_URL)' : config.study.dbFile;
await studyStore.get().then(
  () => logger.info('learner database ready', { database: studyDatabase }),
  () => {},
);
const study = createStudyService({ store: studyStore, knowledge: holder, newPerDay: config.study.newPerDay });
study.warm();

const tutor = createTutor({
  knowledgeBase: () => holder.current.kb,
  model: config.model,
  // Every model failure is logged with its cause (never the question or the answer).
  onModelFailure: (failure) =>
    logger.warn(
      failure.outcome === 'offline'
        ? 'the model failed; the offline engine answered'
        : 'the model failed mid-answer',
      { ...failure },
    ),
});
let draining = false;
const gate = createConcurrencyGate(config.limits.maxConcurrentStreams);
const app = createApp({
  knowledge: holder,
  tutor,
  logger,
  limits: config.limits,
  corsOrigins: config.corsOrigins,
  trustProxy: config.trustProxy,
  ...(config.model ? { modelName: config.model.model } : {}),
  gate,
  draining: () => draining,
  study,
  // With a model, "explain in your own words" answers are graded by it (within the request timeout).
  ...(config.model ? { explanationGrader: createExplanationGrader(config.model) } : {}),
});

let http: Awaited<ReturnType<typeof startHttpServer>>;
try {
  http = await startHttpServer(app.fetch, { host: config.host, port: config.port });
} catch (error) {
  const code = (error as NodeJS.ErrnoException).code;
  fail(
    code === 'EADDRINUSE'
      ? `@notetutor/api: port ${config.port} is already in use; set API_PORT (or PORT) to a free one`
      : `@notetutor/api: could not listen on ${config.host}:${config.port}: ${(error as Error).message}`,
  );
}

const watcher =
  config.notesWatch === 'off'
    ? undefined
    : await watchNotes({
        dir: config.notesDir,
        extraFiles: config.vocabularyFile ? [config.vocabularyFile] : [],
        mode: config.notesWatch,
        logger,
        onChange: async () => {
          const outcome = await reloadKnowledge({
            holder,
            build,
            prepare: prepareIndex,
            logger,
            vocabularyFile: config.vocabularyFile,
          });
          // Cards of the new notes are made now; each learner's states are reconciled at their next request.
          if (outcome.swapped) study.warm();
        },
      });

logger.info('listening', {
  url: http.url,
  docs: `${http.url}/api/docs`,
  engine: tutor.engine,
  ...(config.model
    ? { model: config.model.model, modelBaseURL: config.model.baseURL ?? 'https://api.openai.com/v1' }
    : {}),
  notesDir: config.notesDir,
  concepts: holder.current.counts.concepts,
  links: holder.current.counts.links,
  watch: watcher?.mode ?? 'off',
  startupMs: Math.round(performance.now() - started),
});

let stopping = false;
async function shutdown(signal: string) {
  if (stopping) return;
  stopping = true;
  draining = true;
  // Stops listening at once (synchronously), then waits for the requests in flight.
  const drained = http.shutdown(config.shutdownTimeoutMs, { beforeCutOff: endOpenStreams });
  logger.info('shutting down', { signal, inFlight: http.inFlight, boundMs: config.shutdownTimeoutMs });
  // A rebuild in progress is stopped, not waited for: its worker is terminated.
  await builder.close();
  await watcher?.close();
  const { cutOff } = await drained;
  await studyStore.close().catch(() => {});
  if (cutOff > 0) logger.warn('requests cut off at shutdown', { cutOff });
  logger.info('stopped', { signal });
  process.exit(0);
}
process.on('SIGTERM', () => void shutdown('SIGTERM'));
process.on('SIGINT', () => void shutdown('SIGINT'));
