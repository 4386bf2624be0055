import { describe, expect, it } from 'vitest';
import { detectLang } from './detect-lang';
import { isCjk } from './is-cjk';

describe('detectLang', () => {
  it('calls Chinese text with many English terms Chinese', () => {
    expect(detectLang('docker支持多种网络模式使用docker info命令可以查看')).toBe('zh');
    expect(detectLang('Docker是C/S架构模式运行,支持三种模式监听:ipv4、ipv6、Unixsocket文件(默认)')).toBe(
      'zh',
    );
  });

  it('calls English text with a Chinese gloss English', () => {
    expect(detectLang('Containers share the host kernel (内核) and its hardware resources.')).toBe('en');
  });

  it('falls back when there are no letters', () => {
    expect(detectLang('1234 -- !!')).toBe('en');
    expect(detectLang('', 'zh')).toBe('zh');
  });
});

describe('isCjk', () => {
  it('knows ideographs, full-width punctuation and rare-plane ideographs', () => {
    expect(['容', '，', '。', '（', '𠀀', 'あ'].map((c) => isCjk(c.codePointAt(0) ?? 0))).toEqual([
      true,
      true,
      true,
      true,
      true,
      true,
    ]);
    expect(['a', ',', 'é', ' '].map((c) => isCjk(c.codePointAt(0) ?? 0))).toEqual([
      false,
      false,
      false,
      false,
    ]);
  });
});
