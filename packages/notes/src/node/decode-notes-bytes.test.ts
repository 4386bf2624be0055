import { describe, expect, it } from 'vitest';
import { decodeNotesBytes } from './decode-notes-bytes';

const bytes = (s: string) => new TextEncoder().encode(s);

describe('decodeNotesBytes', () => {
  it('decodes UTF-8, with or without a BOM', () => {
    expect(decodeNotesBytes(bytes('# 容器\n'))).toEqual({ ok: true, text: '# 容器\n' });
    expect(decodeNotesBytes(Uint8Array.from([0xef, 0xbb, 0xbf, ...bytes('x')]))).toEqual({
      ok: true,
      text: 'x',
    });
  });

  it('calls text full of control bytes binary even without NUL bytes', () => {
    const noisy = Uint8Array.from({ length: 400 }, (_, i) => (i % 3 === 0 ? 0x01 + (i % 7) : 0x61));
    expect(decodeNotesBytes(noisy)).toMatchObject({ ok: false, reason: expect.stringMatching(/binary/) });
  });

  it('accepts a few stray control characters in otherwise normal text', () => {
    expect(decodeNotesBytes(bytes(`${'text '.repeat(100)}\u0007 end`)).ok).toBe(true);
  });
});
