import { describe, expect, it, vi } from 'vitest';
import { errorOf } from '../../test/read-json';
import { tinyApp } from '../../test/tiny-app';
import { concurrencyLimit, createConcurrencyGate } from './concurrency';

function gatedApp(max: number) {
  const gate = createConcurrencyGate(max);
  const { app, finish } = tinyApp();
  const releases: Array<() => void> = [];
  app.get('/slow', concurrencyLimit(gate), async (c) => {
    await new Promise<void>((resolve) => releases.push(resolve));
    return c.json({ ok: true });
  });
  app.get('/stream', concurrencyLimit(gate), (c) => {
    let sent = 0;
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        sent += 1;
        if (sent > 3) controller.close();
        else controller.enqueue(new TextEncoder().encode(`data: ${sent}\n\n`));
      },
    });
    return c.body(body, 200, { 'Content-Type': 'text/event-stream' });
  });
  return { app: finish(), gate, releases };
}

describe('concurrencyLimit', () => {
  it('answers 503 overloaded with Retry-After once every slot is taken, and frees slots as requests end', async () => {
    const { app, gate, releases } = gatedApp(2);
    const first = app.request('/slow');
    const second = app.request('/slow');
    await vi.waitFor(() => expect(releases).toHaveLength(2));
    expect(gate.active).toBe(2);
    const third = await app.request('/slow');
    expect(third.status).toBe(503);
    expect(third.headers.get('retry-after')).toBe('1');
    expect((await errorOf(third)).code).toBe('overloaded');
    for (const release of releases) release();
    expect((await first).status).toBe(200);
    expect((await second).status).toBe(200);
    expect(gate.active).toBe(0);
  });

  it('holds the slot of an event stream until the stream is read to the end', async () => {
    const { app, gate } = gatedApp(1);
    const res = await app.request('/stream');
    expect(gate.active).toBe(1);
    expect((await app.request('/stream')).status).toBe(503);
    expect(await res.text()).toBe('data: 1\n\ndata: 2\n\ndata: 3\n\n');
    expect(gate.active).toBe(0);
  });

  it('frees the slot of an event stream the client abandons', async () => {
    const { app, gate } = gatedApp(1);
    const res = await app.request('/stream');
    const reader = res.body?.getReader();
    await reader?.read();
    expect(gate.active).toBe(1);
    await reader?.cancel();
    expect(gate.active).toBe(0);
    expect(gate.peak).toBe(1);
  });
});
