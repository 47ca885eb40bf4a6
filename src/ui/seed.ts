// Seeds the start screen offers: random-looking, short enough to read out, made in the page.
// The engine stays deterministic; only the choice of seed is random, and it is shown and kept
// in the URL, so the same game can be replayed or shared.

// Crockford's base 32, lower case: no i, l, o or u to misread. 32 letters divide 256, so
// taking a byte modulo 32 picks each letter equally often.
const LETTERS = "0123456789abcdefghjkmnpqrstvwxyz";

/** Eight letters from eight bytes, written as two groups of four: "k7f2-q9xm". */
export function seedFromBytes(bytes: Uint8Array): string {
  const letters = Array.from(bytes.subarray(0, 8), (b) => LETTERS.charAt(b % LETTERS.length)).join("");
  return `${letters.slice(0, 4)}-${letters.slice(4)}`;
}

/** A fresh seed from the browser's random source. */
export function randomSeed(): string {
  return seedFromBytes(crypto.getRandomValues(new Uint8Array(8)));
}
