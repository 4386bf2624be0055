import { describe, expect, it } from 'vitest';
import { foldForMatch, foldKey } from './fold-for-match';

describe('foldForMatch', () => {
  it('folds full-width forms, case, zero-width characters, soft hyphens and whitespace (NFKC)', () => {
    expect(foldKey('  Ｄｏｃｋｅｒ\u200b  Hub（仓库）')).toBe('docker hub(仓库)');
    expect(foldKey('Overlay2\tFS')).toBe('overlay2 fs');
    expect(foldKey('ﬁle SYSTEM')).toBe('file system');
    expect(foldKey('Ⅻ Café')).toBe('xii café');
    expect(foldKey('a\u00a0\u3000b')).toBe('a b');
    expect(foldKey('🐳 Docker')).toBe('🐳 docker');
    expect(foldKey('CGroups\u3000')).toBe('cgroups');
    expect(foldKey('Over\u00adlay2')).toBe('overlay2');
  });

  it('makes the same alias written two ways compare equal', () => {
    expect(foldKey('UTS（主机名称）')).toBe(foldKey('uts(主机名称)'));
    expect(foldKey('Docker\n\tDaemon')).toBe(foldKey('docker daemon'));
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
