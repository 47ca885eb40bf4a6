// Compact text for a map's per-hex byte layers: run-length pairs (count 1–255, value) in
// base64. Most layers are long runs of zeros or of sea, so ~100 KB of bytes become a few KB.
// Written by the generator (tools/map), read by the map-file loader in Node and the browser.

const ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
const LOOKUP = new Int16Array(128).fill(-1);
for (let i = 0; i < ALPHABET.length; i++) LOOKUP[ALPHABET.charCodeAt(i)] = i;

/** Base64 without atob or Buffer, so the same code runs in Node and every browser. */
export function encodeBase64(bytes: Uint8Array): string {
  let out = "";
  for (let i = 0; i < bytes.length; i += 3) {
    const a = bytes[i] ?? 0;
    const b = bytes[i + 1] ?? 0;
    const c = bytes[i + 2] ?? 0;
    const n = (a << 16) | (b << 8) | c;
    out += ALPHABET[(n >> 18) & 63] ?? "";
    out += ALPHABET[(n >> 12) & 63] ?? "";
    out += i + 1 < bytes.length ? (ALPHABET[(n >> 6) & 63] ?? "") : "=";
    out += i + 2 < bytes.length ? (ALPHABET[n & 63] ?? "") : "=";
  }
  return out;
}

/** The bytes of a base64 string, or null if it is not well-formed base64. */
export function decodeBase64(text: string): Uint8Array | null {
  if (text.length % 4 !== 0) return null;
  const pad = text.endsWith("==") ? 2 : text.endsWith("=") ? 1 : 0;
  const out = new Uint8Array((text.length / 4) * 3 - pad);
  let o = 0;
  for (let i = 0; i < text.length; i += 4) {
    let n = 0;
    for (let k = 0; k < 4; k++) {
      const code = text.charCodeAt(i + k);
      const isPad = code === 61 && i + k >= text.length - pad;
      const v = isPad ? 0 : code < 128 ? (LOOKUP[code] ?? -1) : -1;
      if (v < 0) return null;
      n = (n << 6) | v;
    }
    if (o < out.length) out[o++] = (n >> 16) & 255;
    if (o < out.length) out[o++] = (n >> 8) & 255;
    if (o < out.length) out[o++] = n & 255;
  }
  return out;
}

/** Run-length pairs (count, value), then base64. */
export function encodeLayer(layer: Uint8Array): string {
  const pairs: number[] = [];
  for (let i = 0; i < layer.length; ) {
    const value = layer[i] ?? 0;
    let run = 1;
    while (run < 255 && i + run < layer.length && layer[i + run] === value) run++;
    pairs.push(run, value);
    i += run;
  }
  return encodeBase64(Uint8Array.from(pairs));
}

/** The layer a string encodes, or null unless it decodes to exactly `size` bytes. */
export function decodeLayer(text: string, size: number): Uint8Array | null {
  const pairs = decodeBase64(text);
  if (!pairs || pairs.length % 2 !== 0) return null;
  const out = new Uint8Array(size);
  let at = 0;
  for (let i = 0; i < pairs.length; i += 2) {
    const run = pairs[i] ?? 0;
    if (run === 0 || at + run > size) return null;
    out.fill(pairs[i + 1] ?? 0, at, at + run);
    at += run;
  }
  return at === size ? out : null;
}
