const CJK = /[\u3400-\u9fff]/;

/** Chinese words that make a heading a chapter title rather than a term. */
const GENERIC_HEADING_ZH =
  /命令|总结|笔记|介绍|简介|入门|常用|安装|步骤|配置|问题|概念|原理|基础|示例|例子|参考|其他|附录|练习|目录|小结|说明/;

/**
 * The terms a heading names: a short Latin or Chinese title (split at `and`, `、`, `与`…), or the Latin words
 * of a mixed one. Questions and chapter titles (`常用命令`, `How does it work?`) name none.
 *
 * @example
 * headingTerms('Deployment 与 Service'); // ['Deployment', 'Service']
 * headingTerms('## 5. 数据如何持久化？'); // []
 */
export function headingTerms(title: string): string[] {
  const bare = title
    .replace(/^\s*(?:[0-9]+(?:\.[0-9]+)*|[一二三四五六七八九十]+|[IVXLC]+)\s*[.、．)）]\s*/, '')
    .trim();
  if (/[？?。，,！!；;：:]/.test(bare) || /的|如何|什么|怎么|为什么|是|吗|哪/.test(bare)) return [];
  if (/^(?:how|what|why|when|where|which|who|is|are|do|does|can)\b/i.test(bare)) return [];
  // A spaced dash sets a subtitle apart (`Egress QDisc - txqueuelen and default_qdisc`).
  const parts = bare
    .split(/\s+(?:and|&|vs\.?)\s+|\s+[-–—]\s+|[、和与/]/i)
    .map((p) => p.trim())
    .filter((p) => p !== '');
  return parts.flatMap((part) => {
    const hasCjk = CJK.test(part);
    const hasLatin = /[A-Za-z]/.test(part);
    if (hasCjk && hasLatin)
      return part.match(/[A-Za-z][A-Za-z0-9._+-]*(?: [A-Za-z][A-Za-z0-9._+-]*)*/g) ?? [];
    if (hasCjk) return part.length <= 8 && !GENERIC_HEADING_ZH.test(part) ? [part] : [];
    return part.split(/\s+/).length <= 4 ? [part] : [];
  });
}
