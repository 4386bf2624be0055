/**
 * Lists of integers laid out flat (compressed rows): list `i` is `values[offsets[i]]` …
 * `values[offsets[i + 1] - 1]`. Two typed arrays whatever the number of lists, so a table of per-passage or
 * per-concept lists crosses `postMessage` as two buffer copies instead of one object per list.
 */
export interface FlatLists {
  offsets: Int32Array;
  values: Int32Array;
}

/**
 * Lays `lists` out flat, in order.
 *
 * @example
 * const flat = flatLists([[1, 2], [], [3]]);
 * listAt(flat, 2); // Int32Array [3]
 */
export function flatLists(lists: readonly Iterable<number>[]): FlatLists {
  const offsets = new Int32Array(lists.length + 1);
  const values: number[] = [];
  lists.forEach((list, i) => {
    for (const value of list) values.push(value);
    offsets[i + 1] = values.length;
  });
  return { offsets, values: Int32Array.from(values) };
}

/** List `i` of `flat` (a view, not a copy); empty past the end. */
export function listAt(flat: FlatLists, i: number): Int32Array {
  if (i < 0 || i + 1 >= flat.offsets.length) return flat.values.subarray(0, 0);
  return flat.values.subarray(flat.offsets[i], flat.offsets[i + 1]);
}
