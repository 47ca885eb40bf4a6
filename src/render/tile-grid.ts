// The baked board cut into square tiles of raster pixels: where each tile lies, which tiles a
// rectangle of the world touches, and which things (hexes, labels) each tile has to draw.
// Pure arithmetic, no canvas, so it is unit-tested; board-texture.ts paints the tiles.

/** A rectangle in world pixels. */
export interface Box {
  minX: number;
  minY: number;
  maxX: number;
  maxY: number;
}

export interface TileGrid {
  /** Raster pixels per world pixel. */
  resolution: number;
  /** Raster pixels along a tile's side (the last column and row may be narrower). */
  side: number;
  /** The whole board's raster, in pixels. */
  width: number;
  height: number;
  cols: number;
  rows: number;
}

/** Where a tile lies in the board's raster, in raster pixels (its origin is whole). */
export interface TileBounds {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** A board of `worldWidth` × `worldHeight` world pixels rastered at `resolution`, in tiles of `side`. */
export function tileGrid(worldWidth: number, worldHeight: number, resolution: number, side: number): TileGrid {
  const width = Math.ceil(worldWidth * resolution);
  const height = Math.ceil(worldHeight * resolution);
  return { resolution, side, width, height, cols: Math.ceil(width / side), rows: Math.ceil(height / side) };
}

export function tileCount(grid: TileGrid): number {
  return grid.cols * grid.rows;
}

/**
 * Where tile `index` lies, widened by `bleed` pixels on each side that has a neighbour: a tile
 * drawn scaled then blends its edge with its neighbour's pixels, as one whole raster would,
 * instead of showing a seam.
 */
export function tileBounds(grid: TileGrid, index: number, bleed = 0): TileBounds {
  const x = (index % grid.cols) * grid.side;
  const y = Math.floor(index / grid.cols) * grid.side;
  const x0 = Math.max(0, x - bleed);
  const y0 = Math.max(0, y - bleed);
  const x1 = Math.min(grid.width, x + grid.side + bleed);
  const y1 = Math.min(grid.height, y + grid.side + bleed);
  return { x: x0, y: y0, width: x1 - x0, height: y1 - y0 };
}

/** The part of the board's raster (whole pixels, on the board) that holds a world box. */
export function rasterBounds(grid: TileGrid, box: Box): TileBounds {
  const x = Math.min(grid.width - 1, Math.max(0, Math.floor(box.minX * grid.resolution)));
  const y = Math.min(grid.height - 1, Math.max(0, Math.floor(box.minY * grid.resolution)));
  const right = Math.min(grid.width, Math.ceil(box.maxX * grid.resolution));
  const bottom = Math.min(grid.height, Math.ceil(box.maxY * grid.resolution));
  return { x, y, width: Math.max(1, right - x), height: Math.max(1, bottom - y) };
}

/** The world box a part of the raster covers. */
export function worldBounds(grid: TileGrid, bounds: TileBounds): Box {
  const r = grid.resolution;
  return { minX: bounds.x / r, minY: bounds.y / r, maxX: (bounds.x + bounds.width) / r, maxY: (bounds.y + bounds.height) / r };
}

/** Whether a world box, cut to the board, lies within `outer`. */
export function coveredBy(grid: TileGrid, box: Box, outer: Box): boolean {
  const w = grid.width / grid.resolution;
  const h = grid.height / grid.resolution;
  return Math.max(0, box.minX) >= outer.minX && Math.max(0, box.minY) >= outer.minY && Math.min(w, box.maxX) <= outer.maxX && Math.min(h, box.maxY) <= outer.maxY;
}

/** The columns and rows of tiles a world box reaches into, clamped to the board (empty when off it). */
function tileSpan(grid: TileGrid, box: Box): { c0: number; c1: number; r0: number; r1: number } {
  const s = grid.side / grid.resolution;
  return {
    c0: Math.max(0, Math.floor(box.minX / s)),
    c1: Math.min(grid.cols - 1, Math.floor(box.maxX / s)),
    r0: Math.max(0, Math.floor(box.minY / s)),
    r1: Math.min(grid.rows - 1, Math.floor(box.maxY / s)),
  };
}

/** The tiles a world box touches, row by row. */
export function tilesOver(grid: TileGrid, box: Box): number[] {
  const { c0, c1, r0, r1 } = tileSpan(grid, box);
  const out: number[] = [];
  for (let r = r0; r <= r1; r++) for (let c = c0; c <= c1; c++) out.push(r * grid.cols + c);
  return out;
}

/** For each tile, the indexes (0 to count − 1) of the things whose boxes reach into it. */
export function bucketByTile(grid: TileGrid, count: number, boxOf: (i: number) => Box): number[][] {
  const buckets: number[][] = Array.from({ length: tileCount(grid) }, () => []);
  for (let i = 0; i < count; i++) {
    const { c0, c1, r0, r1 } = tileSpan(grid, boxOf(i));
    for (let r = r0; r <= r1; r++) for (let c = c0; c <= c1; c++) buckets[r * grid.cols + c]?.push(i);
  }
  return buckets;
}

/** The tiles in an order that starts nearest a world point: the ones a player looks at first. */
export function tilesByDistance(grid: TileGrid, x: number, y: number): number[] {
  const s = grid.side / grid.resolution;
  const distance = (t: number): number => Math.hypot(((t % grid.cols) + 0.5) * s - x, (Math.floor(t / grid.cols) + 0.5) * s - y);
  return Array.from({ length: tileCount(grid) }, (_, t) => t).sort((a, b) => distance(a) - distance(b));
}
