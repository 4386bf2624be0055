/**
 * Each `term(gloss)` of a text (ASCII or full-width parentheses, a gloss of at most 30 characters on one line):
 * up to 60 characters before the parenthesis, the gloss, and where the term ends.
 *
 * @example
 * findGlossPairs('etcd(键值存储) 保存状态'); // [{ before: 'etcd', inside: '键值存储', start: 4 }]
 */
export function findGlossPairs(text: string): Array<{ before: string; inside: string; start: number }> {
  const pairs: Array<{ before: string; inside: string; start: number }> = [];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c !== 0x28 && c !== 0xff08) continue;
    let close = -1;
    for (let j = i + 1; j < text.length && j <= i + 31; j++) {
      const d = text.charCodeAt(j);
      if (d === 0x29 || d === 0xff09) {
        close = j;
        break;
      }
      if (d === 0x28 || d === 0xff08 || d === 0x0a) break;
    }
    if (close <= i + 1) continue;
    const end = text.charCodeAt(i - 1) === 0x20 ? i - 1 : i;
    pairs.push({
      before: text.slice(Math.max(0, end - 60), i),
      inside: text.slice(i + 1, close),
      start: end,
    });
    i = close;
  }
  return pairs;
}
