import { describe, expect, it } from 'vitest';
import { createLineBuffer } from './line-buffer';

const turn = () => new Promise((resolve) => setImmediate(resolve));

describe('createLineBuffer', () => {
  it('writes the lines of one event-loop turn together, in order, each ending with a newline', async () => {
    const writes: string[] = [];
    const out = createLineBuffer((text) => writes.push(text));
    out.write('{"n":1}');
    out.write('{"n":2}');
    expect(writes).toEqual([]);
    await turn();
    expect(writes).toEqual(['{"n":1}\n{"n":2}\n']);
    out.write('{"n":3}');
    await turn();
    expect(writes).toEqual(['{"n":1}\n{"n":2}\n', '{"n":3}\n']);
  });

  it('writes at once when enough is queued, and on flush', () => {
    const writes: string[] = [];
    const out = createLineBuffer((text) => writes.push(text), 10);
    out.write('12345');
    out.write('67890');
    expect(writes).toEqual(['12345\n67890\n']);
    out.write('tail');
    out.flush();
    out.flush();
    expect(writes).toEqual(['12345\n67890\n', 'tail\n']);
  });
});
