import { describe, expect, it } from 'vitest';
import { StringTrie } from './string-trie';

/** Every (position, key end, values) a trie finds in a text, scanning each position. */
function scan(trie: StringTrie<string>, text: string): Array<[number, number, string[]]> {
  const found = { values: [] as Array<readonly string[]>, ends: [] as number[] };
  const hits: Array<[number, number, string[]]> = [];
  for (let at = 0; at < text.length; at++) {
    const count = trie.keysAt(text, at, found);
    for (let c = 0; c < count; c++) hits.push([at, found.ends[c] as number, [...(found.values[c] ?? [])]]);
  }
  return hits;
}

/** The positions of a text where some key of the trie starts with the unit there. */
function starts(trie: StringTrie<string>, text: string): number[] {
  return [...text].flatMap((_, at) => (trie.startsAt(text, at) ? [at] : []));
}

describe('StringTrie', () => {
  const labels = ['host', 'bridge', 'none', '桥接', 'hostname'];
  const text = 'bridge, host and none; hostname 桥接模式 none-host';

  it('finds the same keys whether its root has few children or many', () => {
    const small = new StringTrie<string>();
    for (const label of labels) small.add(label, label);
    const big = new StringTrie<string>();
    for (const label of labels) big.add(label, label);
    // Enough other first letters to give the root its unit-indexed table.
    for (const filler of 'acdefgijklmopqrstuvwxyz0123456789') big.add(`${filler}${filler}zz`, 'filler');
    expect(scan(small, text)).toEqual(scan(big, text));
    const firsts = new Set(labels.map((label) => label.charAt(0)));
    expect(starts(small, text)).toEqual([...text].flatMap((c, at) => (firsts.has(c) ? [at] : [])));
    expect(scan(small, text).map(([at, end]) => text.slice(at, end))).toEqual([
      'bridge',
      'host',
      'none',
      'host',
      'hostname',
      '桥接',
      'none',
      'host',
    ]);
    expect(small.longestAt(text, 23, (values) => values[0])).toEqual({ end: 31, value: 'hostname' });
    expect([...small.firstUnits()].flatMap((on, unit) => (on ? [String.fromCharCode(unit)] : []))).toEqual([
      'b',
      'h',
      'n',
      '桥',
    ]);
  });

  it('finds nothing in an empty trie', () => {
    const empty = new StringTrie<string>();
    expect(scan(empty, text)).toEqual([]);
    expect(starts(empty, text)).toEqual([]);
  });
});
