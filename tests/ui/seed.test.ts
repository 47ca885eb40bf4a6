// The start screen's seeds: eight unambiguous letters in two groups, each letter equally likely.

import { describe, expect, it } from "vitest";
import { randomSeed, seedFromBytes } from "../../src/ui/seed";

describe("seeds for the start screen", () => {
  it("turns eight bytes into two groups of four letters", () => {
    expect(seedFromBytes(new Uint8Array([0, 1, 2, 3, 31, 32, 63, 255]))).toBe("0123-z0zz");
  });

  it("never uses the letters that are easy to misread", () => {
    for (let b = 0; b < 256; b += 8) {
      const s = seedFromBytes(new Uint8Array([b, b + 1, b + 2, b + 3, b + 4, b + 5, b + 6, b + 7]));
      expect(s).toMatch(/^[0-9a-hjkmnp-tv-z]{4}-[0-9a-hjkmnp-tv-z]{4}$/);
    }
  });

  it("draws a fresh, valid seed from the platform's random source", () => {
    const a = randomSeed();
    expect(a).toMatch(/^[0-9a-z]{4}-[0-9a-z]{4}$/);
    expect(randomSeed()).not.toBe(a);
  });
});
