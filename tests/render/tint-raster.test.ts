// Overlay tints: blending several over one hex, and painting hexes (hatched or plain) into a raster.

import { describe, expect, test } from "vitest";
import { makeLayout } from "../../src/render/layout";
import { blend, hexWords, paintTints } from "../../src/render/tint-raster";
import { cellId, gridMap } from "../fixtures/grid";

const alphaOf = (word: number): number => (word >>> 24) & 255;
const rgbOf = (word: number): number => ((word & 255) << 16) | (word & 0xff00) | ((word >>> 16) & 255);

describe("blending", () => {
  test("one tint keeps its colour and opacity; nothing blends to a clear pixel", () => {
    const w = blend([{ colour: 0x56b4e9, alpha: 0.5 }]);
    expect(rgbOf(w)).toBe(0x56b4e9);
    expect(alphaOf(w)).toBe(128);
    expect(blend([])).toBe(0);
  });

  test("an opaque tint hides what is under it; two half tints make a denser one", () => {
    expect(rgbOf(blend([{ colour: 0x000000, alpha: 0.5 }, { colour: 0xffffff, alpha: 1 }]))).toBe(0xffffff);
    expect(alphaOf(blend([{ colour: 0x000000, alpha: 0.5 }, { colour: 0x000000, alpha: 0.5 }]))).toBe(191);
  });

  test("a hatched tint is strong on its stripes and faint between them", () => {
    const { plain, stripe } = hexWords([{ colour: 0x1b1b1b, alpha: 0.6, hatch: true }]);
    expect(alphaOf(stripe)).toBeGreaterThan(alphaOf(plain));
    const flat = hexWords([{ colour: 0x1b1b1b, alpha: 0.6, hatch: false }]);
    expect(flat.plain).toBe(flat.stripe);
  });
});

describe("painting", () => {
  const map = gridMap({ id: "tint-raster", cols: 6, rows: 5 });
  const layout = makeLayout(map);
  const resolution = 0.5;
  const width = Math.ceil(layout.width * resolution);
  const height = Math.ceil(layout.height * resolution);

  test("only the tinted hexes are painted, each with its words, hatched ones with both", () => {
    const plain = new Uint32Array(map.size);
    const stripe = new Uint32Array(map.size);
    const flat = cellId(map.cols, [1, 1]);
    const hatched = cellId(map.cols, [4, 3]);
    plain[flat] = stripe[flat] = 0x80ff0000;
    plain[hatched] = 0x40000000;
    stripe[hatched] = 0xc0000000;
    const out = new Uint32Array(width * height).fill(0xdeadbeef);
    paintTints(out, width, height, layout, resolution, plain, stripe);
    const counts = new Map<number, number>();
    for (const word of out) counts.set(word, (counts.get(word) ?? 0) + 1);
    expect([...counts.keys()].sort()).toEqual([0, 0x40000000, 0x80ff0000, 0xc0000000].sort());
    // A hex is about 20 × 23 raster pixels here; a third of the hatched one lies on stripes.
    expect(counts.get(0x80ff0000) ?? 0).toBeGreaterThan(300);
    const share = (counts.get(0xc0000000) ?? 0) / ((counts.get(0xc0000000) ?? 0) + (counts.get(0x40000000) ?? 0));
    expect(share).toBeGreaterThan(0.25);
    expect(share).toBeLessThan(0.45);
  });
});
