/** A folded text and, for each of its UTF-16 units, the index of the original unit it came from. */
export interface FoldedText {
  text: string;
  /** `offsets[i]` is the original index of folded unit `i`; `offsets[text.length]` is the original length. */
  offsets: Int32Array;
}

function isZeroWidth(c: number): boolean {
  return c === 0x200b || c === 0x200c || c === 0x200d || c === 0x2060 || c === 0xfeff || c === 0x00ad;
}

function isSpaceCode(c: number): boolean {
  return (
    c === 0x20 ||
    (c >= 0x09 && c <= 0x0d) ||
    c === 0xa0 ||
    c === 0x3000 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f
  );
}

/** CJK ideographs and CJK / full-width punctuation: text written without spaces between words. */
function isCjkCode(c: number): boolean {
  return (
    (c >= 0x2e80 && c <= 0x9fff) ||
    (c >= 0xf900 && c <= 0xfaff) ||
    (c >= 0xfe30 && c <= 0xfe4f) ||
    (c >= 0xff00 && c <= 0xffef) ||
    (c >= 0xac00 && c <= 0xd7af)
  );
}

const decoder = new TextDecoder('utf-16le');

/**
 * Folds a text for alias matching: NFKC (full-width letters, digits and punctuation become half-width, `（` →
 * `(`), lower case, zero-width characters and soft hyphens dropped, whitespace runs collapsed to one space,
 * unit by unit, keeping where each folded unit came from so that matches map back to the original text.
 * Every package and app folds names through this function (or {@link foldKey}). Whitespace next to a CJK
 * character is dropped, since Chinese notes write `Docker 镜像` and `Docker镜像` alike. ASCII,
 * CJK ideographs and full-width forms take a fast path; anything else goes through `normalize('NFKC')`.
 *
 * @example
 * const folded = foldForMatch('Ｄｏｃｋｅｒ  Hub 镜像');
 * folded.text; // 'docker hub镜像'
 * folded.offsets[7]; // 8 — the `h` of `Hub`
 */
export function foldForMatch(source: string, keepCase = false): FoldedText {
  const length = fold(source, keepCase);
  const offsets = takeOffsets(length + 1);
  offsets.set(scratchOffsets.subarray(0, length + 1));
  return { text: decode(length), offsets };
}

// Offsets are carved out of shared blocks: one typed array per passage would mean one buffer allocation
// (outside the JS heap, slow to make and to free) per passage.
const OFFSET_BLOCK = 1 << 16;
let offsetBlock = new Int32Array(0);
let offsetBlockUsed = 0;

function takeOffsets(size: number): Int32Array {
  if (size > OFFSET_BLOCK / 4) return new Int32Array(size);
  if (offsetBlockUsed + size > offsetBlock.length) {
    offsetBlock = new Int32Array(OFFSET_BLOCK);
    offsetBlockUsed = 0;
  }
  const view = offsetBlock.subarray(offsetBlockUsed, offsetBlockUsed + size);
  offsetBlockUsed += size;
  return view;
}

// Scratch buffers reused by every call (folding runs on one thread and never re-enters itself).
let scratchUnits = new Uint16Array(1024);
let scratchOffsets = new Int32Array(1025);

function ensureCapacity(needed: number, keep: number): void {
  if (needed < scratchUnits.length) return;
  let size = scratchUnits.length;
  while (size <= needed) size *= 2;
  const units = new Uint16Array(size);
  units.set(scratchUnits.subarray(0, keep));
  const offsets = new Int32Array(size + 1);
  offsets.set(scratchOffsets.subarray(0, keep));
  scratchUnits = units;
  scratchOffsets = offsets;
}

function decode(length: number): string {
  // `fromCharCode.apply` copies its arguments first: cheaper only for short texts.
  if (length <= 32)
    return String.fromCharCode.apply(null, scratchUnits.subarray(0, length) as unknown as number[]);
  return decoder.decode(scratchUnits.subarray(0, length));
}

// What NFKC (and lower-casing) makes of single units off the fast paths (`“`, `é`, `·`): asked once each.
const FOLDED_UNITS = new Map<number, string>();
const FOLDED_UNITS_KEEP_CASE = new Map<number, string>();

function foldedUnit(c: number, keepCase: boolean): string {
  const cache = keepCase ? FOLDED_UNITS_KEEP_CASE : FOLDED_UNITS;
  let piece = cache.get(c);
  if (piece === undefined) {
    piece = String.fromCharCode(c).normalize('NFKC');
    if (!keepCase) piece = piece.toLowerCase();
    cache.set(c, piece);
  }
  return piece;
}

/** Folds `source` into the scratch buffers; returns the folded length. */
function fold(source: string, keepCase: boolean): number {
  ensureCapacity(source.length + 8, 0);
  let length = 0;
  let pendingSpace = -1;
  let last = 0;
  for (let i = 0; i < source.length; i++) {
    let c = source.charCodeAt(i);
    if (c >= 0xff01 && c <= 0xff5e) c -= 0xfee0; // full-width ASCII → ASCII, as NFKC does
    if (isSpaceCode(c)) {
      if (pendingSpace < 0) pendingSpace = i;
      continue;
    }
    const origin = i;
    if (c < 0x80) {
      if (!keepCase && c >= 0x41 && c <= 0x5a) c += 0x20;
    } else if ((c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3001 && c <= 0x3011)) {
      // CJK ideographs and punctuation: unchanged by NFKC and case folding.
    } else if (isZeroWidth(c)) {
      continue;
    } else {
      const pair = c >= 0xd800 && c <= 0xdbff && i + 1 < source.length;
      let piece: string;
      if (pair) {
        piece = source.slice(i, i + 2).normalize('NFKC');
        if (!keepCase) piece = piece.toLowerCase();
        i++;
      } else {
        piece = foldedUnit(c, keepCase);
      }
      for (let k = 0; k < piece.length; k++) {
        const p = piece.charCodeAt(k);
        if (isSpaceCode(p)) {
          if (pendingSpace < 0) pendingSpace = origin;
          continue;
        }
        if (isZeroWidth(p)) continue;
        ensureCapacity(length + 2, length);
        if (pendingSpace >= 0) {
          if (length > 0 && !isCjkCode(last) && !isCjkCode(p)) {
            scratchUnits[length] = 0x20;
            scratchOffsets[length++] = pendingSpace;
          }
          pendingSpace = -1;
        }
        scratchUnits[length] = p;
        scratchOffsets[length++] = origin;
        last = p;
      }
      continue;
    }
    ensureCapacity(length + 2, length);
    if (pendingSpace >= 0) {
      if (length > 0 && !isCjkCode(last) && !isCjkCode(c)) {
        scratchUnits[length] = 0x20;
        scratchOffsets[length++] = pendingSpace;
      }
      pendingSpace = -1;
    }
    scratchUnits[length] = c;
    scratchOffsets[length++] = origin;
    last = c;
  }
  scratchOffsets[length] = source.length;
  return length;
}

/**
 * Folds a term to its matching key: `foldForMatch` without the offsets (leading and trailing space dropped).
 *
 * @example
 * foldKey('Ｄｏｃｋｅｒ  Hub'); // 'docker hub'
 */
export function foldKey(term: string, keepCase = false): string {
  return decode(fold(term, keepCase));
}
