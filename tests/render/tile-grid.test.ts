// The board's tiles: where each lies (and its bleed), which tiles a box touches, which things
// each tile draws, and the order the rest are baked in after the first frame.

import { describe, expect, test } from "vitest";
import { bucketByTile, coveredBy, rasterBounds, tileBounds, tileCount, tileGrid, tilesByDistance, tilesOver, worldBounds } from "../../src/render/tile-grid";

// 1000 × 600 world pixels at half resolution: a 500 × 300 raster in tiles of 128 (4 × 3).
const grid = tileGrid(1000, 600, 0.5, 128);

describe("the tile grid", () => {
  test("covers the raster, the last column and row narrower", () => {
    expect(grid).toMatchObject({ width: 500, height: 300, cols: 4, rows: 3 });
    expect(tileCount(grid)).toBe(12);
    expect(tileBounds(grid, 0)).toEqual({ x: 0, y: 0, width: 128, height: 128 });
    expect(tileBounds(grid, 11)).toEqual({ x: 384, y: 256, width: 116, height: 44 });
    let area = 0;
    for (let t = 0; t < tileCount(grid); t++) area += tileBounds(grid, t).width * tileBounds(grid, t).height;
    expect(area).toBe(500 * 300);
  });

  test("a tile's bleed reaches into its neighbours only, never off the raster", () => {
    expect(tileBounds(grid, 0, 1)).toEqual({ x: 0, y: 0, width: 129, height: 129 });
    expect(tileBounds(grid, 5, 1)).toEqual({ x: 127, y: 127, width: 130, height: 130 });
    expect(tileBounds(grid, 11, 1)).toEqual({ x: 383, y: 255, width: 117, height: 45 });
  });

  test("a box touches the tiles under it, row by row, and none off the board", () => {
    // World x 0–255 is tile column 0 (128 raster pixels at 0.5).
    expect(tilesOver(grid, { minX: 10, minY: 10, maxX: 20, maxY: 20 })).toEqual([0]);
    expect(tilesOver(grid, { minX: 250, minY: 250, maxX: 260, maxY: 260 })).toEqual([0, 1, 4, 5]);
    expect(tilesOver(grid, { minX: -500, minY: -500, maxX: 5000, maxY: 5000 })).toHaveLength(12);
    expect(tilesOver(grid, { minX: 2000, minY: 0, maxX: 2100, maxY: 10 })).toEqual([]);
  });

  test("a thing on a tile's edge is drawn by both tiles it reaches into", () => {
    const boxes = [
      { minX: 10, minY: 10, maxX: 20, maxY: 20 },
      { minX: 250, minY: 10, maxX: 260, maxY: 20 },
    ];
    const buckets = bucketByTile(grid, boxes.length, (i) => boxes[i] ?? { minX: 0, minY: 0, maxX: 0, maxY: 0 });
    expect(buckets[0]).toEqual([0, 1]);
    expect(buckets[1]).toEqual([1]);
    expect(buckets.slice(2).every((b) => b.length === 0)).toBe(true);
  });

  test("the tiles left to bake start nearest the first view", () => {
    const order = tilesByDistance(grid, 900, 550);
    expect(order[0]).toBe(11);
    expect(order[order.length - 1]).toBe(0);
    expect([...order].sort((a, b) => a - b)).toEqual([...Array(12).keys()]);
  });

  test("the first view's raster holds the whole view in whole pixels, cut to the board", () => {
    const bounds = rasterBounds(grid, { minX: 101, minY: -40, maxX: 303, maxY: 99.5 });
    expect(bounds).toEqual({ x: 50, y: 0, width: 102, height: 50 });
    const world = worldBounds(grid, bounds);
    expect(world).toEqual({ minX: 100, minY: 0, maxX: 304, maxY: 100 });
    // A view inside it needs no tile; one past it on the board does; past the board's edge, nothing more is needed.
    expect(coveredBy(grid, { minX: 101, minY: -40, maxX: 303, maxY: 99.5 }, world)).toBe(true);
    expect(coveredBy(grid, { minX: 90, minY: 0, maxX: 303, maxY: 99 }, world)).toBe(false);
    const edge = worldBounds(grid, rasterBounds(grid, { minX: 900, minY: 500, maxX: 1200, maxY: 800 }));
    expect(coveredBy(grid, { minX: 910, minY: 510, maxX: 1300, maxY: 900 }, edge)).toBe(true);
  });
});
