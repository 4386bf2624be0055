import { describe, expect, it } from 'vitest';
import { cleanSource } from './clean-source';

describe('cleanSource', () => {
  it('normalises line endings without changing the line count', () => {
    const text = 'a\r\nb\rc\n\r\nd';
    expect(cleanSource(text)).toBe('a\nb\nc\n\nd');
  });

  it('removes BOM, zero-width and control characters but keeps tabs and full-width text', () => {
    expect(cleanSource('\ufeffa\u200b\u200c\u200d\u2060b\u0000\u0007\u001b\u007f\u0085c\td（注）')).toBe(
      'abc\td（注）',
    );
  });

  it('NFC-normalises decomposed characters', () => {
    expect(cleanSource('e\u0301')).toBe('\u00e9');
  });
});
