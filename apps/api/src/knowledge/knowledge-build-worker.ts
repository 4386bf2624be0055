// The build worker: reads the notes, builds the knowledge base and the tutor index off the server's thread,
// and sends them to it in small messages (see knowledge-build-messages.ts). One build per worker.
import { parentPort, workerData } from 'node:worker_threads';
import { exportKnowledgeBase } from '@notetutor/graph';
import type { Passage } from '@notetutor/notes';
import { buildDeck } from '@notetutor/study';
import { computeIndexData } from '@notetutor/tutor';
import {
  type KnowledgeBuildMessage,
  type KnowledgeBuildRequest,
  ROWS_PER_MESSAGE,
} from './knowledge-build-messages';
import { loadKnowledge } from './load-knowledge';

const port = parentPort;
const post = (message: KnowledgeBuildMessage, transfer: ArrayBuffer[] = []) =>
  port?.postMessage(message, transfer);

/**
 * The buffers of the typed arrays in `value` (the index's postings, views and flat tables), each once: sent in
 * the transfer list they move to the main thread instead of being copied, and this worker ends right after.
 */
function buffersOf(value: unknown, into = new Set<ArrayBuffer>(), seen = new Set<object>()): ArrayBuffer[] {
  if (typeof value !== 'object' || value === null || seen.has(value)) return [...into];
  seen.add(value);
  if (ArrayBuffer.isView(value)) {
    if (value.buffer instanceof ArrayBuffer) into.add(value.buffer);
  } else if (value instanceof Map) {
    for (const item of value.values()) buffersOf(item, into, seen);
  } else if (Array.isArray(value)) {
    for (const item of value) if (typeof item === 'object') buffersOf(item, into, seen);
  } else {
    for (const item of Object.values(value)) buffersOf(item, into, seen);
  }
  return [...into];
}

/**
 * Sends one part of the result and waits until the main thread asks for the next: a port delivers every
 * queued message in one turn of the receiver's event loop, so parts sent all at once would block it as long
 * as one big message.
 */
function send(message: KnowledgeBuildMessage): Promise<void> {
  return new Promise((resolve) => {
    port?.once('message', () => resolve());
    post(message);
  });
}

async function sendRows(
  key: 'mentions' | 'concepts' | 'passageConcepts',
  rows: readonly unknown[],
): Promise<void> {
  for (let at = 0; at < rows.length; at += ROWS_PER_MESSAGE) {
    await send({ type: 'rows', key, rows: rows.slice(at, at + ROWS_PER_MESSAGE) });
  }
}

async function build(request: KnowledgeBuildRequest): Promise<void> {
  const kb = await loadKnowledge(request);
  post({
    type: 'progress',
    stage: 'graph',
    detail: {
      files: kb.documents.length,
      passages: kb.passages.size,
      concepts: kb.graph.order,
      links: kb.graph.size,
    },
  });
  const index = computeIndexData(kb);
  post({ type: 'progress', stage: 'index', detail: { terms: index.passages.terms.length } });
  // The study deck too: the same cards as the server would make from the knowledge base it receives.
  const deck = buildDeck(kb);

  const data = exportKnowledgeBase(kb);
  await send({ type: 'documents', documents: data.documents.map((d) => ({ ...d, passages: [] })) });
  // Passages go in slices of at most ROWS_PER_MESSAGE, several small documents to a message.
  let parts: Array<{ document: number; passages: Passage[] }> = [];
  let count = 0;
  for (const [i, document] of data.documents.entries()) {
    for (let at = 0; at < document.passages.length; at += ROWS_PER_MESSAGE) {
      const passages = document.passages.slice(at, at + ROWS_PER_MESSAGE);
      if (count + passages.length > ROWS_PER_MESSAGE && parts.length > 0) {
        await send({ type: 'passages', parts });
        parts = [];
        count = 0;
      }
      parts.push({ document: i, passages });
      count += passages.length;
    }
  }
  if (parts.length > 0) await send({ type: 'passages', parts });
  await sendRows('mentions', index.mentions);
  await sendRows('concepts', index.concepts);
  await sendRows('passageConcepts', [...data.passageConcepts]);
  const sent = {
    ...index,
    // The main thread puts its own passage objects back and rebuilds the position map from them.
    passages: { ...index.passages, passages: [], position: new Map() },
    mentions: [],
    concepts: [],
  };
  post(
    { type: 'done', kb: { ...data, documents: [], passageConcepts: new Map() }, index: sent, deck },
    buffersOf(sent),
  );
}

build(workerData as KnowledgeBuildRequest).catch((error: unknown) => {
  post({ type: 'failed', message: error instanceof Error ? error.message : String(error) });
});
