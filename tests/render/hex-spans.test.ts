// The spans of pixels each hex covers: hexes tile a raster without gaps, and a board cut into
// tiles holds exactly the pixels (fill and outline) of one raster of the whole board.

import { describe, expect, test } from "vitest";
import { forEachHexRow } from "../../src/render/hex-spans";
import { makeLayout, type Layout } from "../../src/render/layout";
import { gridMap } from "../fixtures/grid";

const map = gridMap({ id: "hex-spans", cols: 9, rows: 7 });
const layout = makeLayout(map);
const resolution = 0.75;
const width = Math.ceil(layout.width * resolution);
const height = Math.ceil(layout.height * resolution);

/** Each pixel's hex (id + 1), negative on its outline, 0 where no hex is; as the board bakes it. */
function raster(l: Layout, w: number, h: number, origin = { x: 0, y: 0 }): Int32Array {
  const out = new Int32Array(w * h);
  for (let id = 0; id < l.map.size; id++) {
    forEachHexRow(
      l,
      id,
      resolution,
      w,
      h,
      (py, a, b, left, right) => {
        for (let px = a; px < b; px++) out[py * w + px] = px < a + left || px >= b - right ? -(id + 1) : id + 1;
      },
      origin,
    );
  }
  return out;
}

describe("hex spans", () => {
  const whole = raster(layout, width, height);

  test("every pixel inside the grid belongs to one hex, with an outline between neighbours", () => {
    // The middle of the raster is well inside the grid: no pixel there is left out.
    let empty = 0;
    let outline = 0;
    for (let y = Math.floor(height / 4); y < Math.floor((3 * height) / 4); y++) {
      for (let x = Math.floor(width / 4); x < Math.floor((3 * width) / 4); x++) {
        const v = whole[y * width + x] ?? 0;
        if (v === 0) empty++;
        if (v < 0) outline++;
      }
    }
    expect(empty).toBe(0);
    expect(outline).toBeGreaterThan(0);
  });

  test("tiles with whole-pixel origins hold exactly the pixels of the whole raster, with no outline along their cuts", () => {
    const side = 37;
    for (let oy = 0; oy < height; oy += side) {
      for (let ox = 0; ox < width; ox += side) {
        const w = Math.min(side, width - ox);
        const h = Math.min(side, height - oy);
        const tile = raster(layout, w, h, { x: ox, y: oy });
        for (let y = 0; y < h; y++) {
          for (let x = 0; x < w; x++) {
            const expected = whole[(oy + y) * width + ox + x] ?? 0;
            if ((tile[y * w + x] ?? 0) !== expected) throw new Error(`tile at ${ox},${oy}: pixel ${x},${y} is ${tile[y * w + x]}, the whole raster has ${expected}`);
          }
        }
      }
    }
  });
});
