import { isCjk } from './is-cjk';
import type { Lang } from './types';

/** How much of a text is written in CJK characters and how much in Latin letters. */
export interface ScriptCounts {
  cjk: number;
  latin: number;
}

/** Counts CJK characters and Latin letters (ASCII and Latin-1/Extended) in `text`. */
export function countScripts(text: string): ScriptCounts {
  let cjk = 0;
  let latin = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) {
      if ((c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a)) latin++;
    } else if (c >= 0xd800 && c <= 0xdbff) {
      const cp = text.codePointAt(i) ?? 0;
      if (isCjk(cp)) cjk++;
      i++;
    } else if (isCjk(c)) {
      cjk++;
    } else if (c >= 0xc0 && c <= 0x24f) {
      latin++;
    }
  }
  return { cjk, latin };
}

/**
 * Chinese when CJK characters carry most of the text, else English. One CJK character counts as much as
 * three Latin letters (about one English syllable), so a Chinese sentence full of English terms such as
 * `docker支持多种网络模式使用docker info命令可以查看` is still Chinese, and an English sentence with a
 * Chinese gloss is still English. Text without letters gives `fallback`.
 */
export function langFromCounts(counts: ScriptCounts, fallback: Lang = 'en'): Lang {
  if (counts.cjk === 0 && counts.latin === 0) return fallback;
  return counts.cjk * 3 >= counts.latin ? 'zh' : 'en';
}

/**
 * Detects whether a text is Chinese (`zh`: mostly CJK characters) or English (`en`: everything else).
 *
 * @example
 * detectLang('容器是在虚拟机的结构中去除虚拟机的内核层'); // 'zh'
 * detectLang('docker支持多种网络模式使用docker info命令可以查看'); // 'zh'
 * detectLang('Containers share the host kernel (内核).'); // 'en'
 */
export function detectLang(text: string, fallback: Lang = 'en'): Lang {
  return langFromCounts(countScripts(text), fallback);
}
