import { isCommonWord } from '../text/is-common-word';

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
    .split(/\s+(?:&|vs\.?)\s+|\s+[-–—/]\s+|[、和与]/i)
    .flatMap(conjuncts)
    .flatMap(alternatives)
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

/**
 * The names an `and` joins. Where one word (or an everyday word after another) is coordinated with the first
 * word of a longer name, the two share that name's head (`TCP Read and Write Buffers`: TCP Read Buffers and TCP Write Buffers;
 * `Liveness and Readiness Probes`); otherwise each side is a name (`Jobs and CronJobs`).
 */
function conjuncts(part: string): string[] {
  const sides = part.split(/\s+and\s+/i);
  if (sides.length !== 2) return sides;
  const [left, right] = sides as [string, string];
  const leftWords = left.trim().split(/\s+/);
  const rightWords = right.trim().split(/\s+/);
  const modifier = leftWords[leftWords.length - 1] ?? '';
  const shared =
    rightWords.length >= 2 &&
    /^[A-Za-z]+$/.test(modifier) &&
    (leftWords.length === 1 || (leftWords.length === 2 && isCommonWord(modifier, 'en')));
  if (!shared) return sides;
  const head = rightWords.slice(1).join(' ');
  return [`${left} ${head}`, `${leftWords.slice(0, -1).concat(rightWords).join(' ')}`];
}

/**
 * The names a `/` between two words offers: each alternative in the same name (`TCP Write Buffers/Queues`:
 * TCP Write Buffers and TCP Write Queues); a `/` between whole names parts them (`进程/线程`).
 */
function alternatives(part: string): string[] {
  const m = /^(.*?)([^\s/]+)\/([^\s/]+)(.*)$/.exec(part);
  if (!m) return [part];
  const [, before = '', a = '', b = '', after = ''] = m;
  if (before === '' && after === '') return [a, b];
  return [`${before}${a}${after}`, `${before}${b}${after}`];
}
