import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { ConceptMention } from '@notetutor/graph';
import { importKnowledgeBaseInSteps, type KnowledgeBase } from '@notetutor/graph';
import type { NotesDocument, Passage } from '@notetutor/notes';
import { adoptIndexData, warmLanguageData } from '@notetutor/tutor';
import type { Logger } from '../logger';
import { adoptDeck } from '../study/deck-of';
import type { KnowledgeBuildMessage, KnowledgeBuildRequest } from './knowledge-build-messages';
import { runInSlices } from './run-in-slices';

/** Why a build in progress rejects when the server shuts down. */
const STOPPED_BY_SHUTDOWN = '@notetutor/api/knowledge-builder: the build was stopped by the shutdown';

/** Builds knowledge bases in worker threads. */
export interface KnowledgeBuilder {
  /** Reads the notes and builds the knowledge base and its tutor index in a worker; rejects if it fails. */
  build(): Promise<KnowledgeBase>;
  /** Stops a build in progress (its promise rejects) and refuses further builds. */
  close(): Promise<void>;
}

/** Options of {@link createKnowledgeBuilder}. */
export interface KnowledgeBuilderOptions extends KnowledgeBuildRequest {
  logger: Logger;
  /** A build that takes longer than this logs its progress. Default 1 s. */
  progressAfterMs?: number;
}

/**
 * The worker's code: the bundle's own file when built; when running from the TypeScript source (tests, `tsx`),
 * a small bootstrap that registers tsx in the worker before importing the source.
 */
function startWorker(request: KnowledgeBuildRequest): Worker {
  if (import.meta.url.endsWith('.mjs')) {
    return new Worker(new URL('./knowledge-worker.mjs', import.meta.url), { workerData: request });
  }
  // `require.resolve` finds tsx's CommonJS build; the ESM one sits beside it.
  const api = createRequire(import.meta.url)
    .resolve('tsx/esm/api')
    .replace(/\.cjs$/, '.mjs');
  const tsx = pathToFileURL(api).href;
  const source = new URL('./knowledge-build-worker.ts', import.meta.url).href;
  const bootstrap = `import(${JSON.stringify(tsx)}).then((tsx) => { tsx.register(); return import(${JSON.stringify(source)}); });`;
  return new Worker(bootstrap, { eval: true, workerData: request });
}

/**
 * Builds each knowledge base in a `node:worker_threads` worker, so a rebuild of big notes never blocks the
 * server's thread: the worker reads, parses, builds the graph, every table of the tutor index and the study
 * deck, then sends them back in small messages. Once the last has arrived the worker is ended (its copy of
 * the notes goes before this thread assembles its own), and this thread assembles the knowledge base in
 * slices of about 10 ms that yield to requests between them (see {@link runInSlices}); the result is swapped
 * in whole. A build that takes more than a second logs its stages.
 *
 * @example
 * const builder = createKnowledgeBuilder({ notesDir, vocabularyFile, logger });
 * const kb = await builder.build(); // prepareIndex(kb) is already warm
 * await builder.close(); // on shutdown: terminates a build in progress
 */
export function createKnowledgeBuilder(options: KnowledgeBuilderOptions): KnowledgeBuilder {
  const running = new Set<Worker>();
  let closed = false;
  const progressAfterMs = options.progressAfterMs ?? 1_000;

  const build = () =>
    new Promise<KnowledgeBase>((resolve, reject) => {
      if (closed) {
        reject(new Error('@notetutor/api/knowledge-builder: the server is shutting down'));
        return;
      }
      const request: KnowledgeBuildRequest = {
        notesDir: options.notesDir,
        ...(options.vocabularyFile ? { vocabularyFile: options.vocabularyFile } : {}),
      };
      const worker = startWorker(request);
      running.add(worker);
      const started = performance.now();
      let verbose = false;
      const timer = setTimeout(() => {
        verbose = true;
        options.logger.info('building the knowledge base', { notesDir: options.notesDir, stage: 'read' });
      }, progressAfterMs);
      timer.unref();

      const documents: NotesDocument[] = [];
      const mentions: Array<readonly ConceptMention[]> = [];
      const concepts: string[][] = [];
      const passageConcepts = new Map<string, string[]>();
      let settled = false;
      // Set once everything has arrived and the worker is ended on purpose: its exit is then no failure.
      let released = false;
      // The next part only after this thread has served what waited meanwhile.
      const askForMore = () =>
        setImmediate(() => {
          if (!settled) worker.postMessage('next');
        });
      const finish = (outcome: { kb: KnowledgeBase } | { error: Error }) => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        running.delete(worker);
        if (!released) void worker.terminate();
        if ('kb' in outcome) resolve(outcome.kb);
        else reject(outcome.error);
      };

      worker.on('message', (message: KnowledgeBuildMessage) => {
        switch (message.type) {
          case 'progress':
            if (verbose) {
              options.logger.info('building the knowledge base', {
                stage: message.stage,
                ...message.detail,
                ms: Math.round(performance.now() - started),
              });
            }
            return;
          case 'documents':
            for (const document of message.documents) documents.push(document);
            askForMore();
            return;
          case 'passages':
            for (const part of message.parts) {
              const into = documents[part.document]?.passages;
              if (into) for (const passage of part.passages) into.push(passage);
            }
            askForMore();
            return;
          case 'rows':
            if (message.key === 'mentions')
              for (const row of message.rows) mentions.push(row as ConceptMention[]);
            else if (message.key === 'concepts')
              for (const row of message.rows) concepts.push(row as string[]);
            else for (const row of message.rows) passageConcepts.set(...(row as [string, string[]]));
            askForMore();
            return;
          case 'done': {
            released = true;
            running.delete(worker);
            void worker.terminate();
            if (verbose) {
              options.logger.info('building the knowledge base', {
                stage: 'assemble',
                ms: Math.round(performance.now() - started),
              });
            }
            const stopped = () => (closed ? new Error(STOPPED_BY_SHUTDOWN) : undefined);
            runInSlices(assemble(message, { documents, passageConcepts, mentions, concepts }), {
              stopped,
            }).then(
              (kb) => {
                if (verbose) {
                  options.logger.info('knowledge base built', {
                    concepts: kb.graph.order,
                    links: kb.graph.size,
                    passages: kb.passages.size,
                    ms: Math.round(performance.now() - started),
                  });
                }
                finish({ kb });
              },
              (error: unknown) =>
                finish({ error: error instanceof Error ? error : new Error(String(error)) }),
            );
            return;
          }
          case 'failed':
            finish({ error: new Error(message.message) });
            return;
        }
      });
      worker.on('error', (error) => finish({ error }));
      worker.on('exit', (code) => {
        if (released) return;
        finish({
          error: new Error(
            closed
              ? STOPPED_BY_SHUTDOWN
              : `@notetutor/api/knowledge-builder: the build worker exited (code ${code}) before it finished`,
          ),
        });
      });
    });

  return {
    build,
    async close() {
      closed = true;
      await Promise.all([...running].map((worker) => worker.terminate()));
    },
  };
}

/**
 * This thread's part of a build, in small steps: the knowledge base from the worker's data, the passage
 * positions, then the tutor index adopted as it came (tables ready, nothing derived), the language data
 * loaded one table per step the first time, and the study deck.
 */
function* assemble(
  message: Extract<KnowledgeBuildMessage, { type: 'done' }>,
  parts: {
    documents: NotesDocument[];
    passageConcepts: Map<string, string[]>;
    mentions: Array<readonly ConceptMention[]>;
    concepts: string[][];
  },
): Generator<void, KnowledgeBase, void> {
  const kb = yield* importKnowledgeBaseInSteps({
    ...message.kb,
    documents: parts.documents,
    passageConcepts: parts.passageConcepts,
  });
  const passages: Passage[] = [];
  const position = new Map<string, number>();
  for (const passage of kb.passages.values()) {
    position.set(passage.id, passages.length);
    passages.push(passage);
    if (passages.length % 1_000 === 0) yield;
  }
  yield;
  adoptIndexData(
    kb,
    {
      ...message.index,
      passages: { ...message.index.passages, passages, position },
      mentions: parts.mentions,
      concepts: parts.concepts,
    },
    { warm: false },
  );
  yield;
  // The language data questions are weighed with (read once per process): one table per step, a few hundred
  // milliseconds in all the first time, with requests served between them.
  yield* warmLanguageData(message.index.otherLanguage);
  yield;
  adoptDeck(kb, message.deck);
  return kb;
}
