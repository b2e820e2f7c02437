/**
 * Text packed small for the roaming settings: UTF-8, compressed in the zlib format
 * (RFC 1950: deflate with a two-byte header and an Adler-32 checksum of the text), then
 * base64 (RFC 4648 §4, with padding). Base64 is plain ASCII, so its length is its size in
 * bytes however Outlook counts, and JSON never escapes it.
 *
 * The zlib format rather than raw deflate: its checksum costs 8 characters and tells a
 * damaged value from a readable one, and any zlib tool opens it (Node's
 * `zlib.inflateSync`, Python's `zlib.decompress`). fflate's inflater does not check
 * the checksum itself (fflate 0.8), so `unpackText` does.
 *
 * fflate is pure JavaScript with no DOM or Node API, so it may live in the core.
 */
import { strFromU8, strToU8, Unzlib, zlibSync } from "fflate";

/**
 * Packs text: zlib at the highest level (the text is small, and every byte saved is room
 * for another client), base64-encoded.
 * @returns ASCII only: `A–Z a–z 0–9 + /` and `=` padding
 */
export function packText(text: string): string {
  return toBase64(zlibSync(strToU8(text), { level: 9 }));
}

/**
 * The most bytes an unpacked value may have. The records of a full 24 KB budget unpack
 * to a few hundred kilobytes; a crafted value of the same size could unpack to some
 * 30 MB (deflate's ratio reaches about 1 000 to 1), which the pane need not hold.
 */
export const UNPACKED_LIMIT = 8 * 1024 * 1024;
/** Compressed bytes fed to the inflater at a time, so that no one step can outgrow the limit by much. */
const INFLATE_STEP = 1024;

/**
 * Unpacks what `packText` made.
 * @returns the text; null when the value is not base64, not zlib data, cut short,
 * larger than UNPACKED_LIMIT once unpacked, or fails its checksum
 */
export function unpackText(packed: string): string | null {
  const bytes = fromBase64(packed);
  if (bytes === null || bytes.length < 6) return null;
  try {
    const unpacked = inflateBounded(bytes);
    if (unpacked === null) return null;
    const checksum = ((bytes[bytes.length - 4] ?? 0) * 2 ** 24 + ((bytes[bytes.length - 3] ?? 0) << 16) + ((bytes[bytes.length - 2] ?? 0) << 8) + (bytes[bytes.length - 1] ?? 0)) >>> 0;
    if (adler32(unpacked) !== checksum) return null;
    return strFromU8(unpacked);
  } catch {
    // fflate throws on a bad header, an unknown block type or data that ends too soon.
    return null;
  }
}

/** zlib data inflated step by step, given up as soon as it grows past UNPACKED_LIMIT. */
function inflateBounded(bytes: Uint8Array): Uint8Array | null {
  const chunks: Uint8Array[] = [];
  let size = 0;
  const inflater = new Unzlib((chunk) => {
    size += chunk.length;
    if (size <= UNPACKED_LIMIT) chunks.push(chunk);
  });
  for (let offset = 0; offset < bytes.length && size <= UNPACKED_LIMIT; offset += INFLATE_STEP) {
    inflater.push(bytes.subarray(offset, offset + INFLATE_STEP), offset + INFLATE_STEP >= bytes.length);
  }
  if (size > UNPACKED_LIMIT) return null;
  const whole = new Uint8Array(size);
  let at = 0;
  for (const chunk of chunks) {
    whole.set(chunk, at);
    at += chunk.length;
  }
  return whole;
}

const ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
const VALUE_OF = new Map([...ALPHABET].map((character, index) => [character.charCodeAt(0), index]));
const BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;

/** The core has no `btoa` (no DOM): RFC 4648 base64 with padding. */
function toBase64(bytes: Uint8Array): string {
  let text = "";
  for (let index = 0; index < bytes.length; index += 3) {
    const a = bytes[index] ?? 0;
    const b = bytes[index + 1];
    const c = bytes[index + 2];
    const triple = (a << 16) | ((b ?? 0) << 8) | (c ?? 0);
    text += ALPHABET.charAt(triple >> 18) + ALPHABET.charAt((triple >> 12) & 63);
    text += b === undefined ? "==" : ALPHABET.charAt((triple >> 6) & 63) + (c === undefined ? "=" : ALPHABET.charAt(triple & 63));
  }
  return text;
}

/** Strict base64: anything but the alphabet with correct padding (spaces, line breaks, URL-safe letters) is refused. */
function fromBase64(text: string): Uint8Array | null {
  if (!BASE64.test(text)) return null;
  const padding = text.endsWith("==") ? 2 : text.endsWith("=") ? 1 : 0;
  const bytes = new Uint8Array((text.length / 4) * 3 - padding);
  let at = 0;
  for (let index = 0; index < text.length; index += 4) {
    const quad =
      ((VALUE_OF.get(text.charCodeAt(index)) ?? 0) << 18) |
      ((VALUE_OF.get(text.charCodeAt(index + 1)) ?? 0) << 12) |
      ((VALUE_OF.get(text.charCodeAt(index + 2)) ?? 0) << 6) |
      (VALUE_OF.get(text.charCodeAt(index + 3)) ?? 0);
    for (const shift of [16, 8, 0]) if (at < bytes.length) bytes[at++] = (quad >> shift) & 255;
  }
  return bytes;
}

/** RFC 1950 §8.2. The sums are reduced every 5552 bytes, as zlib does, so they stay small integers. */
function adler32(bytes: Uint8Array): number {
  let a = 1;
  let b = 0;
  for (let start = 0; start < bytes.length; start += 5552) {
    const end = Math.min(start + 5552, bytes.length);
    for (let index = start; index < end; index++) {
      a += bytes[index] ?? 0;
      b += a;
    }
    a %= 65521;
    b %= 65521;
  }
  return ((b << 16) | a) >>> 0;
}
