import { afterEach, describe, expect, it, vi } from 'vitest';
import { ApiError } from '../api/api-error';
import type { ChatEvent } from './chat-types';
import { streamChat } from './stream-chat';

function sse(events: object[]): string {
  return events.map((e) => `event: ${(e as { type: string }).type}\ndata: ${JSON.stringify(e)}\n\n`).join('');
}

/** A streamed response that delivers `text` in chunks of `size` bytes (splitting UTF-8 characters too). */
function streamedResponse(text: string, size: number, init: ResponseInit = {}): Response {
  const bytes = new TextEncoder().encode(text);
  let at = 0;
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (at >= bytes.length) controller.close();
      else {
        controller.enqueue(bytes.slice(at, at + size));
        at += size;
      }
    },
  });
  return new Response(body, { status: 200, headers: { 'content-type': 'text/event-stream' }, ...init });
}

async function collect(signal = new AbortController().signal): Promise<ChatEvent[]> {
  const out: ChatEvent[] = [];
  for await (const event of streamChat([{ role: 'user', content: '什么是容器？' }], signal)) out.push(event);
  return out;
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('streamChat', () => {
  const events = [
    { type: 'meta', engine: 'offline', language: 'zh' },
    { type: 'concepts', concepts: [{ id: 'container', label: '容器' }] },
    {
      type: 'citations',
      citations: [{ id: 'n#2.2', quote: '容器是…', source: { file: 'n.md', heading: '1.', line: 7 } }],
    },
    { type: 'delta', text: '容器共享宿主机的内核' },
    { type: 'delta', text: ' [1]。' },
    {
      type: 'done',
      answer: {
        answer: '容器共享宿主机的内核 [1]。',
        grounded: true,
        engine: 'offline',
        citations: [],
        concepts: [],
        followUps: [],
      },
    },
  ];

  it.each([1, 3, 7, 64])('yields every event in order when the bytes arrive %i at a time', async (size) => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => streamedResponse(sse(events), size)),
    );
    const got = await collect();
    expect(got.map((e) => e.type)).toEqual(['meta', 'concepts', 'citations', 'delta', 'delta', 'done']);
    expect(
      got
        .filter((e) => e.type === 'delta')
        .map((e) => (e.type === 'delta' ? e.text : ''))
        .join(''),
    ).toBe('容器共享宿主机的内核 [1]。');
  });

  it('posts the conversation as JSON to /api/chat', async () => {
    const fetchMock = vi.fn(async (_url: string, _init?: RequestInit) => streamedResponse(sse(events), 100));
    vi.stubGlobal('fetch', fetchMock);
    await collect();
    const [url, init] = fetchMock.mock.calls[0] ?? [];
    expect(url).toBe('/api/chat');
    expect(init?.method).toBe('POST');
    expect(JSON.parse(String(init?.body))).toEqual({ messages: [{ role: 'user', content: '什么是容器？' }] });
  });

  it('skips malformed and unknown events instead of failing the answer', async () => {
    const wire = `event: delta\ndata: {not json\n\n${sse([{ type: 'future-thing', x: 1 }, { type: 'delta' }, { type: 'delta', text: 'ok' }])}`;
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => streamedResponse(wire, 5)),
    );
    expect(await collect()).toEqual([{ type: 'delta', text: 'ok' }]);
  });

  it('turns an error response into an ApiError with the server’s code and Retry-After', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () =>
        Response.json(
          { error: { code: 'rate_limited', message: 'slow down' } },
          { status: 429, headers: { 'retry-after': '7' } },
        ),
      ),
    );
    const failure = await collect().catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(ApiError);
    expect(failure).toMatchObject({ code: 'rate_limited', status: 429, retryAfter: 7 });
  });

  it('reports an unreachable API (network failure, or the proxy’s 502) as unreachable', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => Promise.reject(new TypeError('fetch failed'))),
    );
    await expect(collect()).rejects.toMatchObject({ code: 'unreachable' });
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => Response.json({ error: { code: 'unreachable', message: 'down' } }, { status: 502 })),
    );
    await expect(collect()).rejects.toMatchObject({ code: 'unreachable', status: 502 });
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => new Response('<html>Bad gateway</html>', { status: 502 })),
    );
    await expect(collect()).rejects.toMatchObject({ code: 'unreachable' });
  });

  it('reports a connection that drops mid-answer', async () => {
    let sent = false;
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (!sent) {
          controller.enqueue(new TextEncoder().encode(sse([events[3] as object])));
          sent = true;
        } else controller.error(new TypeError('network error'));
      },
    });
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => new Response(body, { status: 200 })),
    );
    const got: ChatEvent[] = [];
    const failure = await (async () => {
      for await (const e of streamChat([{ role: 'user', content: 'q' }], new AbortController().signal))
        got.push(e);
    })().catch((e: unknown) => e);
    expect(got).toHaveLength(1);
    expect(failure).toMatchObject({ code: 'unreachable' });
  });

  it('cancels the response body when the reader stops early (the stop button)', async () => {
    const cancel = vi.fn();
    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(new TextEncoder().encode(sse(events.slice(0, 4))));
      },
      cancel,
    });
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => new Response(body, { status: 200 })),
    );
    for await (const event of streamChat([{ role: 'user', content: 'q' }], new AbortController().signal)) {
      if (event.type === 'delta') break;
    }
    expect(cancel).toHaveBeenCalled();
  });
});
