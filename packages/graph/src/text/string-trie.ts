interface TrieNode<V> {
  next: Map<number, TrieNode<V>> | undefined;
  values: V[] | undefined;
}

/**
 * The trie flattened for scanning: node 0 is the root, whose children are found through a table indexed by
 * UTF-16 unit; every other node lists its children (sorted by unit) in one shared pair of arrays.
 */
interface FlatTrie<V> {
  /**
   * UTF-16 unit → child of the root (0: none); undefined for a root with few children, which are then listed
   * like any other node's (a small trie, such as a section's labels, need not fill two 64K-entry tables).
   */
  rootChild: Int32Array | undefined;
  /**
   * UTF-16 unit → 1 when some key starts with it (a smaller table than `rootChild`, for scanning loops); made
   * on first use when the root has no table.
   */
  firstUnits: Uint8Array | undefined;
  /** Without a root table: bit `unit & 31` set for every first unit (a cheap test before the list). */
  rootBloom: number;
  /** Children of node n: `childUnit` / `childNode` from `childStart[n]` to `childStart[n + 1]`. */
  childStart: Int32Array;
  childUnit: Uint16Array;
  childNode: Int32Array;
  values: Array<V[] | undefined>;
}

/** Children counts up to this are searched in a line; more, by bisection. */
const LINEAR_CHILDREN = 8;
/** A root with more children than this gets the unit-indexed tables. */
const ROOT_TABLE_CHILDREN = 16;

/**
 * A character trie over UTF-16 units, for scanning a long text once and finding, at each position, the keys
 * that start there (longest first). Keys are added to a tree of maps; the first scan flattens it into typed
 * arrays (a table for the first unit, sorted child lists below), so a scan costs one array read per character
 * plus a short search per matched character and allocates nothing.
 *
 * @example
 * const trie = new StringTrie<string>();
 * trie.add('docker', 'docker');
 * trie.add('docker hub', 'docker-hub');
 * trie.longestAt('docker hub rocks', 0, (values) => values[0]); // { end: 10, value: 'docker-hub' }
 */
export class StringTrie<V> {
  private readonly root: TrieNode<V> = { next: undefined, values: undefined };
  private readonly stackNodes: number[] = [];
  private readonly stackEnds: number[] = [];
  private flat: FlatTrie<V> | undefined;
  private keyCount = 0;

  /** Adds a value under a key (a key may hold several values). */
  add(key: string, value: V): void {
    if (key === '') return;
    this.flat = undefined;
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
    const flat = this.flatten();
    const nodes = this.stackNodes;
    const ends = this.stackEnds;
    let depth = 0;
    if (pos < text.length) {
      let node = rootChildOf(flat, text.charCodeAt(pos));
      for (let i = pos + 1; node !== 0; i++) {
        if (flat.values[node]) {
          nodes[depth] = node;
          ends[depth] = i;
          depth++;
        }
        if (i >= text.length) break;
        node = childOf(flat, node, text.charCodeAt(i));
      }
    }
    for (let d = depth - 1; d >= 0; d--) {
      const end = ends[d] as number;
      const value = accept(flat.values[nodes[d] as number] as V[], end);
      if (value !== undefined) return { end, value };
    }
    return undefined;
  }

  /**
   * Walks the keys starting at `pos` without allocating: returns how many there are and leaves their values and
   * ends, shortest first, in `found` (valid until the next call).
   */
  keysAt(text: string, pos: number, found: { values: Array<readonly V[]>; ends: number[] }): number {
    if (pos >= text.length) return 0;
    const flat = this.flatten();
    const values = flat.values;
    let count = 0;
    let node = rootChildOf(flat, text.charCodeAt(pos));
    for (let i = pos + 1; node !== 0; i++) {
      const here = values[node];
      if (here) {
        found.values[count] = here;
        found.ends[count] = i;
        count++;
      }
      if (i >= text.length) break;
      node = childOf(flat, node, text.charCodeAt(i));
    }
    return count;
  }

  /** True when some key starts with the character at `text[pos]` (a cheap pre-check). */
  startsAt(text: string, pos: number): boolean {
    const flat = this.flatten();
    if (flat.firstUnits) return flat.firstUnits[text.charCodeAt(pos)] === 1;
    return pos < text.length && rootChildOf(flat, text.charCodeAt(pos)) !== 0;
  }

  /**
   * A table, indexed by UTF-16 unit, that is 1 for the units some key starts with: `startsAt` for a scanning
   * loop to read directly (valid until the next `add`).
   */
  firstUnits(): Uint8Array {
    const flat = this.flatten();
    if (!flat.firstUnits) {
      const firstUnits = new Uint8Array(0x10000);
      for (let at = flat.childStart[0] as number; at < (flat.childStart[1] as number); at++) {
        firstUnits[flat.childUnit[at] as number] = 1;
      }
      flat.firstUnits = firstUnits;
    }
    return flat.firstUnits;
  }

  private flatten(): FlatTrie<V> {
    return this.flat ?? this.buildFlat();
  }

  private buildFlat(): FlatTrie<V> {
    // Number the nodes breadth-first; a big root's children go to the table, the others to the child lists.
    const order: TrieNode<V>[] = [this.root];
    const indexOf = new Map<TrieNode<V>, number>([[this.root, 0]]);
    let edges = 0;
    for (let n = 0; n < order.length; n++) {
      const node = order[n] as TrieNode<V>;
      if (!node.next) continue;
      for (const code of [...node.next.keys()].sort((a, b) => a - b)) {
        const child = node.next.get(code) as TrieNode<V>;
        indexOf.set(child, order.length);
        order.push(child);
        if (n !== 0) edges++;
      }
    }
    const rootTable = (this.root.next?.size ?? 0) > ROOT_TABLE_CHILDREN;
    if (!rootTable) edges += this.root.next?.size ?? 0;
    const rootChild = rootTable ? new Int32Array(0x10000) : undefined;
    const firstUnits = rootTable ? new Uint8Array(0x10000) : undefined;
    const childStart = new Int32Array(order.length + 1);
    const childUnit = new Uint16Array(edges);
    const childNode = new Int32Array(edges);
    const values: Array<V[] | undefined> = new Array(order.length);
    let at = 0;
    for (let n = 0; n < order.length; n++) {
      const node = order[n] as TrieNode<V>;
      values[n] = node.values;
      childStart[n] = at;
      if (!node.next) continue;
      for (const code of [...node.next.keys()].sort((a, b) => a - b)) {
        const child = indexOf.get(node.next.get(code) as TrieNode<V>) as number;
        if (n === 0 && rootChild && firstUnits) {
          rootChild[code] = child;
          firstUnits[code] = 1;
        } else {
          childUnit[at] = code;
          childNode[at] = child;
          at++;
        }
      }
    }
    childStart[0] = 0;
    childStart[order.length] = at;
    let rootBloom = 0;
    if (!rootTable) for (const code of this.root.next?.keys() ?? []) rootBloom |= 1 << (code & 31);
    this.flat = { rootChild, firstUnits, rootBloom, childStart, childUnit, childNode, values };
    return this.flat;
  }
}

/** The child of the root under a unit, or 0. */
function rootChildOf<V>(flat: FlatTrie<V>, code: number): number {
  if (flat.rootChild) return flat.rootChild[code] as number;
  return (flat.rootBloom >>> (code & 31)) & 1 ? childOf(flat, 0, code) : 0;
}

/** The child of a node under a unit, or 0 (the root's only when it has no table). */
function childOf<V>(flat: FlatTrie<V>, node: number, code: number): number {
  let lo = flat.childStart[node] as number;
  let hi = flat.childStart[node + 1] as number;
  const units = flat.childUnit;
  if (hi - lo <= LINEAR_CHILDREN) {
    for (; lo < hi; lo++) {
      const unit = units[lo] as number;
      if (unit === code) return flat.childNode[lo] as number;
      if (unit > code) return 0;
    }
    return 0;
  }
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    const unit = units[mid] as number;
    if (unit === code) return flat.childNode[mid] as number;
    if (unit < code) lo = mid + 1;
    else hi = mid;
  }
  return 0;
}
