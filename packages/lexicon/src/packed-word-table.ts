/**
 * A read-only table from words to a number and a few flag bits, packed into one string and typed arrays: the
 * lexicon's tables hold hundreds of thousands of short words (349,046 in jieba's dictionary), and a `Map` or
 * `Set` of them costs about 60 bytes a word in object headers and hash entries, where this costs about 16. A
 * server keeps these tables for its life, so what they weigh is memory every learner's process pays.
 *
 * Open addressing with linear probing over an FNV-1a hash of the word's UTF-16 code units; a word is compared
 * in place against the packed text, so a lookup allocates nothing. Values are 32-bit floats: counts are exact up
 * to 2^24 (16.7 million; the largest count of these corpora is about 2 million), and a Zipf floor such as 4.5 is
 * exact.
 *
 * @example
 * const table = new PackedWordTableBuilder();
 * table.add('容器', 120, CHINESE_NOUN);
 * const packed = table.build();
 * packed.value('容器'); // 120
 */
export interface PackedWordTable {
  /** Number of distinct words. */
  readonly size: number;
  /** The word's number, or undefined when the table does not have it. */
  value(word: string): number | undefined;
  /** The word's flag bits (0 when it has none, or when the table does not have it). */
  flags(word: string): number;
  /** Every word with its number and flags, in the order they were first added. */
  entries(): IterableIterator<[word: string, value: number, flags: number]>;
}

/** Collects words (merging a word added twice: values summed, flags joined), then packs them. */
export class PackedWordTableBuilder {
  private readonly parts: string[] = [];
  private readonly values: number[] = [];
  private readonly flagList: number[] = [];
  /** Word index + 1 per slot, 0 for an empty slot: the packed table keeps it as its own. */
  private slots = new Int32Array(1 << 10);
  private mask = (1 << 10) - 1;

  /** Adds a word, or adds to its value and flags when it is there already. */
  add(word: string, value: number, flags = 0): void {
    this.put(word, value, flags, true);
  }

  /** Adds a word unless it is there already (the first value added stands). */
  addNew(word: string, value: number, flags = 0): void {
    this.put(word, value, flags, false);
  }

  /** The packed table; it takes over the builder's hash, so nothing is added after. */
  build(): PackedWordTable {
    return new Packed(this.parts, this.values, this.flagList, this.slots);
  }

  private put(word: string, value: number, flags: number, merge: boolean): void {
    if (word === '') return;
    let slot = hashOf(word, 0, word.length) & this.mask;
    for (;;) {
      const held = this.slots[slot] as number;
      if (held === 0) break;
      if (this.parts[held - 1] === word) {
        if (!merge) return;
        this.values[held - 1] = (this.values[held - 1] as number) + value;
        this.flagList[held - 1] = (this.flagList[held - 1] as number) | flags;
        return;
      }
      slot = (slot + 1) & this.mask;
    }
    this.parts.push(word);
    this.values.push(value);
    this.flagList.push(flags);
    this.slots[slot] = this.parts.length;
    if (this.parts.length * 2 > this.slots.length) this.grow();
  }

  private grow(): void {
    const size = this.slots.length * 2;
    this.slots = new Int32Array(size);
    this.mask = size - 1;
    for (let i = 0; i < this.parts.length; i++) {
      const word = this.parts[i] as string;
      let slot = hashOf(word, 0, word.length) & this.mask;
      while (this.slots[slot] !== 0) slot = (slot + 1) & this.mask;
      this.slots[slot] = i + 1;
    }
  }
}

class Packed implements PackedWordTable {
  readonly size: number;
  private readonly text: string;
  /** Start of each word in `text`; one more entry than words, the end of the last. */
  private readonly starts: Uint32Array;
  private readonly values: Float32Array;
  private readonly flagBits: Uint8Array;
  /** Word index + 1 per slot, 0 for an empty slot. */
  private readonly slots: Int32Array;
  private readonly mask: number;

  /** `slots` index `parts` by the same hash as {@link find}: the builder's, taken over as it is. */
  constructor(parts: string[], values: number[], flags: number[], slots: Int32Array) {
    this.size = parts.length;
    this.text = parts.join('');
    this.starts = new Uint32Array(parts.length + 1);
    for (let i = 0, at = 0; i < parts.length; i++) {
      this.starts[i] = at;
      at += (parts[i] as string).length;
      this.starts[i + 1] = at;
    }
    this.values = Float32Array.from(values);
    this.flagBits = Uint8Array.from(flags);
    this.slots = slots;
    this.mask = slots.length - 1;
  }

  value(word: string): number | undefined {
    const at = this.find(word);
    return at < 0 ? undefined : this.values[at];
  }

  flags(word: string): number {
    const at = this.find(word);
    return at < 0 ? 0 : (this.flagBits[at] as number);
  }

  *entries(): IterableIterator<[string, number, number]> {
    for (let i = 0; i < this.size; i++) {
      yield [
        this.text.slice(this.starts[i], this.starts[i + 1]),
        this.values[i] as number,
        this.flagBits[i] as number,
      ];
    }
  }

  private find(word: string): number {
    const length = word.length;
    if (length === 0) return -1;
    let slot = hashOf(word, 0, length) & this.mask;
    for (;;) {
      const held = this.slots[slot] as number;
      if (held === 0) return -1;
      const from = this.starts[held - 1] as number;
      if ((this.starts[held] as number) - from === length && this.matches(word, from)) return held - 1;
      slot = (slot + 1) & this.mask;
    }
  }

  private matches(word: string, from: number): boolean {
    for (let k = 0; k < word.length; k++)
      if (this.text.charCodeAt(from + k) !== word.charCodeAt(k)) return false;
    return true;
  }
}

/** FNV-1a over the UTF-16 code units of `text` from `from` to `to`. */
function hashOf(text: string, from: number, to: number): number {
  let hash = 0x811c9dc5;
  for (let i = from; i < to; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}
