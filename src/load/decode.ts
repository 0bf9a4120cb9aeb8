import type { Diagnostic } from '../diagnostic.js';

const strict = new TextDecoder('utf-8', { fatal: true });

/**
 * Patroni opens its config in text mode with a UTF-8 locale, so a byte sequence that is not
 * UTF-8 stops it; say where instead of silently reading U+FFFD.
 */
export function decodeUtf8(file: string, bytes: Uint8Array): { text: string } | { diagnostic: Diagnostic } {
  try {
    return { text: strict.decode(bytes) };
  } catch {
    const at = firstInvalidOffset(bytes);
    const before = strict.decode(bytes.subarray(0, at));
    const lines = before.split('\n');
    return {
      diagnostic: {
        ruleId: 'encoding',
        severity: 'error',
        message: `byte 0x${bytes[at]!.toString(16).padStart(2, '0')} at offset ${at} is not valid UTF-8`,
        file,
        line: lines.length,
        col: lines[lines.length - 1]!.length + 1,
      },
    };
  }
}

/** Offset of the first byte that starts no well-formed UTF-8 sequence (Unicode's table 3-7). */
function firstInvalidOffset(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const len = sequenceLength(bytes, i);
    if (len === 0) return i;
    i += len;
  }
  return bytes.length;
}

function sequenceLength(b: Uint8Array, i: number): number {
  const lead = b[i]!;
  if (lead < 0x80) return 1;
  const [len, lo, hi] =
    lead >= 0xc2 && lead <= 0xdf ? [2, 0x80, 0xbf]
    : lead === 0xe0 ? [3, 0xa0, 0xbf]
    : lead === 0xed ? [3, 0x80, 0x9f]
    : lead >= 0xe1 && lead <= 0xef ? [3, 0x80, 0xbf]
    : lead === 0xf0 ? [4, 0x90, 0xbf]
    : lead === 0xf4 ? [4, 0x80, 0x8f]
    : lead >= 0xf1 && lead <= 0xf3 ? [4, 0x80, 0xbf]
    : [0, 0, 0];
  if (len === 0 || i + len > b.length) return 0;
  if (b[i + 1]! < lo || b[i + 1]! > hi) return 0;
  for (let k = 2; k < len; k++) if (b[i + k]! < 0x80 || b[i + k]! > 0xbf) return 0;
  return len;
}
