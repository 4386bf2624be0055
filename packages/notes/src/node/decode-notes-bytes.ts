/** The text of a notes file, or the reason (one sentence, without the file name) it cannot be used. */
export type DecodedNotes = { ok: true; text: string } | { ok: false; reason: string };

const utf8 = new TextDecoder('utf-8', { fatal: true });
// Present in Node builds with full ICU (the default); without it, GBK files are simply reported as not UTF-8.
const gb18030 = (() => {
  try {
    return new TextDecoder('gb18030');
  } catch {
    return undefined;
  }
})();

const SAMPLE_BYTES = 64 * 1024;

/**
 * Decodes the bytes of a notes file as UTF-8, or explains why they are not usable notes: empty, binary,
 * UTF-16, or another encoding (naming GBK/GB18030 when the bytes read as Chinese in it).
 *
 * @example
 * decodeNotesBytes(new Uint8Array([0xc8, 0xdd, 0xc6, 0xf7])); // { ok: false, reason: 'is not UTF-8: it looks GBK/GB18030-encoded …' }
 */
export function decodeNotesBytes(bytes: Uint8Array): DecodedNotes {
  if (bytes.length === 0) return { ok: false, reason: 'is empty (0 bytes)' };
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    return { ok: false, reason: 'is UTF-16 encoded; save it as UTF-8 to use it' };
  }
  const sample = bytes.subarray(0, SAMPLE_BYTES);
  if (sample.includes(0))
    return { ok: false, reason: 'looks like a binary file (it contains NUL bytes), not markdown text' };
  let control = 0;
  for (const byte of sample) {
    if ((byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0d && byte !== 0x0c) || byte === 0x7f)
      control++;
  }
  if (control > 8 && control / sample.length > 0.05) {
    return {
      ok: false,
      reason: `looks like a binary file (${control} control bytes in its first ${sample.length}), not markdown text`,
    };
  }
  let text: string;
  try {
    text = utf8.decode(bytes);
  } catch {
    return { ok: false, reason: notUtf8Reason(bytes) };
  }
  if (text.trim() === '') return { ok: false, reason: 'is empty (only whitespace)' };
  return { ok: true, text };
}

function notUtf8Reason(bytes: Uint8Array): string {
  const offset = firstInvalidUtf8Byte(bytes);
  const where =
    offset >= 0
      ? ` (invalid byte 0x${(bytes[offset] ?? 0).toString(16).padStart(2, '0')} at offset ${offset})`
      : '';
  if (gb18030) {
    // Not fatal: the sample may end inside a character. Real GBK text reads as Chinese with (almost) no
    // replacement characters; other encodings give mojibake full of them.
    const asGb = gb18030.decode(bytes.subarray(0, SAMPLE_BYTES));
    const chinese = asGb.match(/[\u4e00-\u9fff]/g)?.length ?? 0;
    const broken = asGb.match(/\ufffd/g)?.length ?? 0;
    if (chinese > 0 && broken <= 1 + chinese / 100) {
      return `is not UTF-8${where}: it looks GBK/GB18030-encoded (Chinese); convert it with \`iconv -f GB18030 -t UTF-8\``;
    }
  }
  return `is not valid UTF-8 text${where}; save it as UTF-8 to use it`;
}

/** Offset of the first byte that breaks UTF-8, or -1. */
function firstInvalidUtf8Byte(bytes: Uint8Array): number {
  for (let i = 0; i < bytes.length; ) {
    const b = bytes[i] ?? 0;
    const need =
      b < 0x80
        ? 0
        : b >= 0xc2 && b <= 0xdf
          ? 1
          : b >= 0xe0 && b <= 0xef
            ? 2
            : b >= 0xf0 && b <= 0xf4
              ? 3
              : -1;
    if (need < 0) return i;
    for (let k = 1; k <= need; k++) {
      const next = bytes[i + k];
      if (next === undefined || (next & 0xc0) !== 0x80) return i;
    }
    i += need + 1;
  }
  return -1;
}
