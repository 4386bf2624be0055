import { normalizeForMatch } from '@notetutor/notes';
import { describe, expect, it } from 'vitest';
import { foldForMatch, foldKey } from './fold-for-match';

describe('foldForMatch', () => {
  it('folds like normalizeForMatch of @notetutor/notes (the project-wide alias folding)', () => {
    for (const s of [
      '  Ｄｏｃｋｅｒ\u200b  Hub（仓库）',
      'Overlay2\tFS',
      'ﬁle SYSTEM',
      'Ⅻ Café',
      'a\u00a0\u3000b',
      '🐳 Docker',
    ]) {
      expect(foldKey(s), s).toBe(normalizeForMatch(s));
    }
  });

  it('drops the space between Latin and Chinese words, so `Docker 镜像` and `Docker镜像` match', () => {
    expect(foldKey('Docker 镜像')).toBe('docker镜像');
    expect(foldKey('bridge 模式 host')).toBe('bridge模式host');
    expect(foldKey('Docker  Hub')).toBe('docker hub');
  });

  it('maps every folded unit back to where it came from', () => {
    const source = 'ﬁ Ｘ\u200b  😀Docker';
    const { text, offsets } = foldForMatch(source);
    expect(text).toBe('fi x 😀docker');
    expect(offsets.length).toBe(text.length + 1);
    expect([...offsets.slice(0, 4)]).toEqual([0, 0, 1, 2]);
    expect(source.slice(offsets[text.indexOf('d')], offsets[text.length])).toBe('Docker');
    expect(offsets[text.length]).toBe(source.length);
  });

  it('keeps letter case when asked (for case-sensitive aliases)', () => {
    expect(foldKey('ＵＳＥＲ  namespace', true)).toBe('USER namespace');
  });

  it('folds a long text in one go', () => {
    const long = 'Ｄｏｃｋｅｒ 镜像 '.repeat(50_000);
    const { text, offsets } = foldForMatch(long);
    expect(text.startsWith('docker镜像docker镜像')).toBe(true);
    expect(offsets[text.length]).toBe(long.length);
  });
});
