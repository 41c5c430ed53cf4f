const strict = new TextDecoder('utf-8', { fatal: true });
const lenient = new TextDecoder('utf-8');

/** The text of UTF-8 bytes, and where the first invalid byte sits (null when there is none). */
export function decodeUtf8(bytes: Uint8Array): { text: string; invalidAt: number | null } {
  try {
    return { text: strict.decode(bytes), invalidAt: null };
  } catch {
    // Only refused bodies pay for this: U+FFFD stand-ins keep the text readable, so the error can name the field.
    const invalidByte = firstInvalidByte(bytes);
    return { text: lenient.decode(bytes), invalidAt: lenient.decode(bytes.subarray(0, invalidByte)).length };
  }
}

/** Offset of the first byte that starts no valid UTF-8 sequence (overlong forms, surrogates and values past U+10FFFF included). */
function firstInvalidByte(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const length = sequenceLength(bytes, i);
    if (length === 0) return i;
    i += length;
  }
  return bytes.length;
}

function sequenceLength(bytes: Uint8Array, i: number): number {
  const first = bytes[i];
  if (first < 0x80) return 1;
  // The allowed range of the second byte depends on the first (RFC 3629 §4), the rest are 0x80–0xBF.
  const [length, low, high] = first >= 0xc2 && first <= 0xdf ? [2, 0x80, 0xbf]
    : first === 0xe0 ? [3, 0xa0, 0xbf] : first === 0xed ? [3, 0x80, 0x9f] : first >= 0xe1 && first <= 0xef ? [3, 0x80, 0xbf]
      : first === 0xf0 ? [4, 0x90, 0xbf] : first >= 0xf1 && first <= 0xf3 ? [4, 0x80, 0xbf] : first === 0xf4 ? [4, 0x80, 0x8f] : [0, 0, 0];
  if (length === 0 || i + length > bytes.length) return 0;
  if (bytes[i + 1] < low || bytes[i + 1] > high) return 0;
  for (let k = 2; k < length; k++) if (bytes[i + k] < 0x80 || bytes[i + k] > 0xbf) return 0;
  return length;
}
