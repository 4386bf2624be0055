interface TrieNode<V> {
  next: Map<number, TrieNode<V>> | undefined;
  values: V[] | undefined;
}

/**
 * A character trie over UTF-16 units, for scanning a long text once and finding, at each position, the keys
 * that start there (longest first). Scanning costs one map look-up per character plus one per matched
 * character, so a 5 MB text with thousands of keys scans in well under a second.
 *
 * @example
 * const trie = new StringTrie<string>();
 * trie.add('docker', 'docker');
 * trie.add('docker hub', 'docker-hub');
 * trie.longestAt('docker hub rocks', 0, (values) => values[0]); // { end: 10, value: 'docker-hub' }
 */
export class StringTrie<V> {
  private readonly root: TrieNode<V> = { next: undefined, values: undefined };
  private readonly stackNodes: TrieNode<V>[] = [];
  private readonly stackEnds: number[] = [];
  /** 1 for each UTF-16 unit some key starts with: a look-up cheaper than the root map's. */
  private readonly firstUnits = new Uint8Array(0x10000);
  private keyCount = 0;

  /** Adds a value under a key (a key may hold several values). */
  add(key: string, value: V): void {
    if (key === '') return;
    this.firstUnits[key.charCodeAt(0)] = 1;
    let node = this.root;
    for (let i = 0; i < key.length; i++) {
      const code = key.charCodeAt(i);
      if (!node.next) node.next = new Map();
      let child = node.next.get(code);
      if (!child) {
        child = { next: undefined, values: undefined };
        node.next.set(code, child);
      }
      node = child;
    }
    if (!node.values) {
      node.values = [];
      this.keyCount++;
    }
    node.values.push(value);
  }

  /** Number of distinct keys. */
  get size(): number {
    return this.keyCount;
  }

  /** The values stored under exactly this key. */
  get(key: string): readonly V[] {
    let node: TrieNode<V> | undefined = this.root;
    for (let i = 0; i < key.length && node; i++) node = node.next?.get(key.charCodeAt(i));
    return node?.values ?? [];
  }

  /**
   * Finds the longest key starting at `pos` that `accept` agrees to (it gets the key's values and its end,
   * and returns what to keep, or undefined to try the next shorter key).
   */
  longestAt<R>(
    text: string,
    pos: number,
    accept: (values: readonly V[], end: number) => R | undefined,
  ): { end: number; value: R } | undefined {
    const nodes = this.stackNodes;
    const ends = this.stackEnds;
    let depth = 0;
    let node = this.root;
    for (let i = pos; i < text.length; i++) {
      const child = node.next?.get(text.charCodeAt(i));
      if (!child) break;
      node = child;
      if (child.values) {
        nodes[depth] = child;
        ends[depth] = i + 1;
        depth++;
      }
    }
    for (let d = depth - 1; d >= 0; d--) {
      const found = nodes[d] as TrieNode<V>;
      const end = ends[d] as number;
      const value = accept(found.values as V[], end);
      if (value !== undefined) return { end, value };
    }
    return undefined;
  }

  /**
   * Walks the keys starting at `pos` without allocating: returns how many there are and leaves their values and
   * ends, shortest first, in `found` (valid until the next call).
   */
  keysAt(text: string, pos: number, found: { values: Array<readonly V[]>; ends: number[] }): number {
    let count = 0;
    let node = this.root;
    for (let i = pos; i < text.length; i++) {
      const child = node.next?.get(text.charCodeAt(i));
      if (!child) break;
      node = child;
      if (child.values) {
        found.values[count] = child.values;
        found.ends[count] = i + 1;
        count++;
      }
    }
    return count;
  }

  /** True when some key starts with the character at `text[pos]` (a cheap pre-check). */
  startsAt(text: string, pos: number): boolean {
    return this.firstUnits[text.charCodeAt(pos)] === 1;
  }
}
