/**
 * A local OpenAI-compatible chat completions server for tests: it listens on 127.0.0.1 on a port the OS picks,
 * answers `POST /v1/chat/completions` from a script, and records every request it receives (parsed body,
 * headers, arrival time, whether the client closed the connection before the reply was complete).
 * Streamed replies are SSE exactly like the real API: one `data: {…"object":"chat.completion.chunk"…}\n\n`
 * per chunk (first chunk carries the role, last one `finish_reason: "stop"`), then `data: [DONE]\n\n`.
 *
 * @example
 * const server = await startFakeOpenAI({ script: [
 *   { type: 'error', status: 429, headers: { 'retry-after-ms': '10' } },
 *   { type: 'stream', chunks: ['Containers share the host kernel [1].'] },
 * ] });
 * const tutor = createTutor({ knowledgeBase: () => kb, model: { baseURL: server.baseURL, apiKey: 'test', model: 'fake', timeoutMs: 2000, maxRetries: 2 } });
 * await tutor.ask({ question: '容器和虚拟机有什么区别？' });
 * server.requests.length; // → 2
 * await server.close();
 */
import { createServer, type IncomingHttpHeaders, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** One scripted reply. */
export type FakeReply =
  /** SSE stream of these content pieces. `delayMs` before each chunk; `stallAfter` chunks, then silence. */
  | {
      type: 'stream';
      chunks: string[];
      delayMs?: number;
      /** Send this many content chunks, then stop writing but keep the connection open. */
      stallAfter?: number;
      /** Leave out the final `finish_reason` chunk and `[DONE]`, and end the response. */
      cutOff?: boolean;
      headers?: Record<string, string>;
    }
  /** A non-streaming `chat.completion` JSON body with this content. */
  | { type: 'json'; content: string }
  /** An OpenAI-style error body with this status. */
  | { type: 'error'; status: number; message?: string; headers?: Record<string, string> }
  /** An SSE response whose body is written exactly as given, piece by piece (for malformed chunks). */
  | { type: 'raw'; body: string[]; delayMs?: number; contentType?: string }
  /** Read the request, then never answer (headers are not sent). */
  | { type: 'stall' }
  /** Destroy the socket without any response. */
  | { type: 'hang-up' };

/** What the server saw of one request. */
export interface FakeRequest {
  /** 0-based order of arrival. */
  index: number;
  method: string;
  path: string;
  headers: IncomingHttpHeaders;
  /** The JSON body (`undefined` when it was not JSON). */
  body: ChatRequestBody | undefined;
  rawBody: string;
  /** `performance.now()` when the request line and headers arrived. */
  receivedAt: number;
  /** Settles when the response is over: `early` is true when the client closed the connection first. */
  closed: Promise<{ early: boolean }>;
}

/** The parts of a chat completions request body the tests look at. */
export interface ChatRequestBody {
  model?: string;
  stream?: boolean;
  messages?: { role: string; content: string }[];
  [key: string]: unknown;
}

export interface FakeOpenAIOptions {
  /**
   * The replies, in order of requests (a request past the end gets a 500 saying the script ran out), or a
   * function choosing the reply for each request.
   */
  script: FakeReply[] | ((request: FakeRequest) => FakeReply);
}

export interface FakeOpenAI {
  /** Base URL for the SDK, ending in `/v1`. */
  baseURL: string;
  /** Every request so far, in order of arrival. */
  requests: FakeRequest[];
  /** Resolves with the n-th request (0-based) once it has arrived. */
  request(index: number): Promise<FakeRequest>;
  /** Closes every connection and the server. */
  close(): Promise<void>;
}

const MODEL = 'fake-model';

function chunkJson(id: string, delta: Record<string, string>, finish: string | null): string {
  return JSON.stringify({
    id,
    object: 'chat.completion.chunk',
    created: 1_700_000_000,
    model: MODEL,
    system_fingerprint: 'fp_fake',
    choices: [{ index: 0, delta, logprobs: null, finish_reason: finish }],
  });
}

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function writeStream(res: ServerResponse, reply: Extract<FakeReply, { type: 'stream' }>, id: string) {
  res.writeHead(200, {
    'content-type': 'text/event-stream; charset=utf-8',
    'cache-control': 'no-cache',
    ...reply.headers,
  });
  res.write(`data: ${chunkJson(id, { role: 'assistant', content: '' }, null)}\n\n`);
  for (const [i, content] of reply.chunks.entries()) {
    if (reply.stallAfter !== undefined && i >= reply.stallAfter) return; // keep the connection open, silent
    if (reply.delayMs) await wait(reply.delayMs);
    if (res.destroyed) return;
    res.write(`data: ${chunkJson(id, { content }, null)}\n\n`);
  }
  if (reply.stallAfter !== undefined && reply.stallAfter >= reply.chunks.length) return;
  if (reply.cutOff) {
    res.end();
    return;
  }
  res.write(`data: ${chunkJson(id, {}, 'stop')}\n\n`);
  res.end('data: [DONE]\n\n');
}

async function writeReply(res: ServerResponse, reply: FakeReply, id: string): Promise<void> {
  switch (reply.type) {
    case 'stream':
      return writeStream(res, reply, id);
    case 'json':
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(
        JSON.stringify({
          id,
          object: 'chat.completion',
          created: 1_700_000_000,
          model: MODEL,
          choices: [
            {
              index: 0,
              message: { role: 'assistant', content: reply.content, refusal: null },
              logprobs: null,
              finish_reason: 'stop',
            },
          ],
          usage: { prompt_tokens: 1, completion_tokens: 1, total_tokens: 2 },
        }),
      );
      return;
    case 'error':
      res.writeHead(reply.status, { 'content-type': 'application/json', ...reply.headers });
      res.end(
        JSON.stringify({
          error: {
            message: reply.message ?? `fake error ${reply.status}`,
            type: reply.status === 429 ? 'rate_limit_exceeded' : 'server_error',
            param: null,
            code: null,
          },
        }),
      );
      return;
    case 'raw':
      res.writeHead(200, { 'content-type': reply.contentType ?? 'text/event-stream; charset=utf-8' });
      for (const piece of reply.body) {
        if (reply.delayMs) await wait(reply.delayMs);
        if (res.destroyed) return;
        res.write(piece);
      }
      res.end();
      return;
    case 'stall':
      return;
    case 'hang-up':
      res.socket?.destroy();
      return;
  }
}

/**
 * Starts the fake server. Remember to `await server.close()` (in `afterEach`/`finally`).
 * Only `POST …/chat/completions` is served; anything else gets a 404 error body.
 */
export async function startFakeOpenAI(options: FakeOpenAIOptions): Promise<FakeOpenAI> {
  const requests: FakeRequest[] = [];
  const waiters = new Map<number, ((request: FakeRequest) => void)[]>();
  const bodyRead = new Set<number>();

  const server = createServer((req, res) => {
    const receivedAt = performance.now();
    const index = requests.length;
    const closed = new Promise<{ early: boolean }>((resolve) => {
      res.on('close', () => resolve({ early: !res.writableFinished }));
    });
    const request: FakeRequest = {
      index,
      method: req.method ?? '',
      path: req.url ?? '',
      headers: req.headers,
      body: undefined,
      rawBody: '',
      receivedAt,
      closed,
    };
    requests.push(request);
    const pieces: Buffer[] = [];
    req.on('data', (piece: Buffer) => pieces.push(piece));
    req.on('end', () => {
      request.rawBody = Buffer.concat(pieces).toString('utf8');
      try {
        request.body = JSON.parse(request.rawBody) as ChatRequestBody;
      } catch {
        request.body = undefined;
      }
      bodyRead.add(index);
      for (const resolve of waiters.get(index) ?? []) resolve(request);
      waiters.delete(index);
      let reply: FakeReply;
      if (req.method !== 'POST' || !/\/chat\/completions$/.test(request.path)) {
        reply = {
          type: 'error',
          status: 404,
          message: `fake-openai: no route ${req.method} ${request.path}`,
        };
      } else if (typeof options.script === 'function') {
        reply = options.script(request);
      } else {
        reply = options.script[index] ?? {
          type: 'error',
          status: 500,
          message: `fake-openai: the script has no reply for request ${index + 1}`,
        };
      }
      writeReply(res, reply, `chatcmpl-fake-${index}`).catch(() => res.destroy());
    });
  });

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  return {
    baseURL: `http://127.0.0.1:${port}/v1`,
    requests,
    request(index) {
      const arrived = requests[index];
      if (arrived && bodyRead.has(index)) return Promise.resolve(arrived);
      return new Promise((resolve) => waiters.set(index, [...(waiters.get(index) ?? []), resolve]));
    },
    close() {
      server.closeAllConnections();
      return new Promise((resolve) => server.close(() => resolve()));
    },
  };
}

/**
 * Splits a text into stream chunks of at most `size` characters (code points), as a model streams tokens.
 *
 * @example
 * splitIntoChunks('abcde', 2); // → ['ab', 'cd', 'e']
 */
export function splitIntoChunks(text: string, size = 3): string[] {
  const chars = [...text];
  const chunks: string[] = [];
  for (let i = 0; i < chars.length; i += size) chunks.push(chars.slice(i, i + size).join(''));
  return chunks;
}
