import { describe, expect, it } from 'vitest';
import { PackedWordTableBuilder } from './packed-word-table';

describe('PackedWordTable', () => {
  it('finds every word it holds with its value and flags, and nothing else', () => {
    const builder = new PackedWordTableBuilder();
    const words = Array.from({ length: 5000 }, (_, i) => `词${i}语`);
    words.forEach((word, i) => {
      builder.add(word, i, i % 8);
    });
    builder.add('容器', 3, 1);
    builder.add('🐳 whale', 1);
    const table = builder.build();
    expect(table.size).toBe(5002);
    words.forEach((word, i) => {
      expect(table.value(word)).toBe(i);
      expect(table.flags(word)).toBe(i % 8);
    });
    expect(table.value('容器')).toBe(3);
    expect(table.value('🐳 whale')).toBe(1);
    // Prefixes, extensions and unknown words are not in it.
    for (const absent of ['容', '容器们', '词1', '词5000语', '', 'whale']) {
      expect(table.value(absent), absent).toBeUndefined();
      expect(table.flags(absent)).toBe(0);
    }
  });

  it('sums the values and joins the flags of a word added twice, or keeps the first with addNew', () => {
    const builder = new PackedWordTableBuilder();
    builder.add('the', 10, 1);
    builder.add('the', 5, 2);
    builder.addNew('usage', 4.5);
    builder.addNew('usage', 1);
    const table = builder.build();
    expect(table.value('the')).toBe(15);
    expect(table.flags('the')).toBe(3);
    expect(table.value('usage')).toBe(4.5);
    expect([...table.entries()]).toEqual([
      ['the', 15, 3],
      ['usage', 4.5, 0],
    ]);
  });
});
