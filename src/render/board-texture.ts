// Bakes the static map (terrain, hex grid, names of countries and seas, borders, rivers,
// railways, roads, bridges, towns and ports) into square tiles of canvas, each once: the board
// costs a textured quad per tile per frame however many hexes it has. The first frame waits
// only for its own view, baked in one piece (board-tiles.ts bakes the tiles after it).

import { TERRAINS, TERRAIN_CODE, type HexMap } from "../engine";
import { drawBridges, drawPorts, drawRails, routePath } from "./board-features";
import { forEachHexRow } from "./hex-spans";
import { HEX_WIDTH_PX, edgeEnds, hexToWorld, type Layout, type Point } from "./layout";
import { drawMapLabel, mapLabels, type MapLabel } from "./map-labels";
import { BORDER_COLOUR, INK, PAPER, RIVER_COLOUR, ROAD_COLOUR, TERRAIN_COLOURS, css, rgba } from "./palette";
import { bucketByTile, rasterBounds, tileBounds, tileGrid, tilesOver, type Box, type TileBounds, type TileGrid } from "./tile-grid";

/** Longest side of the whole board's raster: bounds its memory (~64 MB at most). */
const MAX_BOARD_SIDE = 4096;
/** Raster pixels along a tile's side: small enough that the view needs few of them, large enough that they are few. */
const TILE_SIDE = 256;
/** World pixels beyond a hex's outline that its features reach (a bridge's bar, a port's anchor, line widths). */
const FEATURE_MARGIN = 12;

/** What every tile draws from, worked out once for the board. */
export interface BoardArt {
  layout: Layout;
  grid: TileGrid;
  centres: Point[];
  labels: MapLabel[];
  /** For each tile, the hexes whose outline or features reach into it. */
  hexes: number[][];
  /** For each tile, the labels that reach into it. */
  labelsOf: number[][];
  colours: Uint32Array;
}

/** Terrain colours as little-endian RGBA words, indexed by terrain code. */
function terrainWords(): Uint32Array {
  const words = new Uint32Array(TERRAINS.length);
  TERRAINS.forEach((t, code) => {
    const c = TERRAIN_COLOURS[t];
    words[code] = (255 << 24) | ((c & 255) << 16) | (c & 0xff00) | ((c >> 16) & 255);
  });
  return words;
}

/** A colour word darkened by `k` (0–1), for the hex grid lines. */
function darken(word: number, k: number): number {
  return (255 << 24) | ((((word >> 16) & 255) * k) << 16) | ((((word >> 8) & 255) * k) << 8) | ((word & 255) * k);
}

/** Places everything the board draws and sorts it into tiles, at a resolution that bounds the raster's memory. */
export function planBoard(layout: Layout, preferredResolution = 0.75): BoardArt {
  const resolution = Math.min(preferredResolution, MAX_BOARD_SIDE / Math.max(layout.width, layout.height));
  const grid = tileGrid(layout.width, layout.height, resolution, TILE_SIDE);
  const centres: Point[] = [];
  for (let id = 0; id < layout.map.size; id++) centres.push(hexToWorld(layout, id));
  const halfX = HEX_WIDTH_PX / 2 + FEATURE_MARGIN;
  const halfY = layout.radius + FEATURE_MARGIN;
  const hexes = bucketByTile(grid, centres.length, (id) => {
    const c = centres[id] ?? { x: 0, y: 0 };
    return { minX: c.x - halfX, minY: c.y - halfY, maxX: c.x + halfX, maxY: c.y + halfY };
  });
  const labels = mapLabels(layout, centres);
  const labelsOf = bucketByTile(grid, labels.length, (i) => labels[i]?.box ?? { minX: 1, minY: 1, maxX: 0, maxY: 0 });
  return { layout, grid, centres, labels, hexes, labelsOf, colours: terrainWords() };
}

/** Pixel buffers by size, reused from tile to tile: every tile but those at the edges has the same size. */
const scratch = new Map<string, ImageData>();

/** Lets the buffers go once every tile is baked. */
export function releaseScratch(): void {
  scratch.clear();
}

function scratchImage(ctx: CanvasRenderingContext2D, width: number, height: number): ImageData {
  // The first view is baked once: its buffer is not worth keeping.
  if (width > TILE_SIDE + 2 * TILE_BLEED || height > TILE_SIDE + 2 * TILE_BLEED) return ctx.createImageData(width, height);
  const key = `${width}x${height}`;
  let image = scratch.get(key);
  if (!image) {
    image = ctx.createImageData(width, height);
    scratch.set(key, image);
  }
  return image;
}

/**
 * Paints each land hex as horizontal spans of pixels (a pixel belongs to the hex its centre
 * falls in, so neighbours tile without gaps), darkening the pixels along its edges to draw the
 * grid. Filling whole spans of a pixel buffer is far cheaper than 11,000 canvas paths (each
 * path call crosses into the browser: ~0.7 s) or a hex look-up per pixel (~0.3 s). A tile of
 * open sea is one fill.
 */
function paintTerrain(ctx: CanvasRenderingContext2D, art: BoardArt, ids: readonly number[], origin: Point): void {
  const { layout, colours } = art;
  const { map } = layout;
  const w = ctx.canvas.width;
  const h = ctx.canvas.height;
  const sea = colours[TERRAIN_CODE.sea] ?? 0;
  if (ids.every((id) => (map.terrain[id] ?? TERRAIN_CODE.sea) === TERRAIN_CODE.sea)) {
    ctx.fillStyle = css(TERRAIN_COLOURS.sea);
    ctx.fillRect(0, 0, w, h);
    return;
  }
  const image = scratchImage(ctx, w, h);
  const out = new Uint32Array(image.data.buffer);
  const grid = Array.from(colours, (word) => darken(word, 0.8));
  out.fill(sea);
  for (const id of ids) {
    const code = map.terrain[id] ?? TERRAIN_CODE.sea;
    if (code === TERRAIN_CODE.sea) continue;
    const fill = colours[code] ?? 0;
    const line = grid[code] ?? 0;
    forEachHexRow(
      layout,
      id,
      art.grid.resolution,
      w,
      h,
      (py, a, b, left, right) => {
        // Plain loops: for spans this short they beat fill() three times over.
        const start = py * w + a;
        const end = py * w + b;
        const lineEnd = Math.min(end, start + left);
        const fillEnd = Math.max(lineEnd, end - right);
        for (let p = start; p < lineEnd; p++) out[p] = line;
        for (let p = lineEnd; p < fillEnd; p++) out[p] = fill;
        for (let p = fillEnd; p < end; p++) out[p] = line;
      },
      origin,
    );
  }
  ctx.putImageData(image, 0, 0);
}

/** Edges and links among `ids` that a per-hex bitmask marks, each drawn once (from the lower id). */
function eachLink(map: HexMap, mask: Uint8Array, ids: readonly number[], visit: (id: number, dir: number, other: number) => void): void {
  for (const id of ids) {
    const bits = mask[id] ?? 0;
    if (bits === 0) continue;
    for (let d = 0; d < 6; d++) {
      if ((bits & (1 << d)) === 0) continue;
      const other = map.neighbours[id * 6 + d] ?? -1;
      if (other >= 0 && other < id) continue;
      visit(id, d, other);
    }
  }
}

function drawBorders(ctx: CanvasRenderingContext2D, layout: Layout, centres: Point[], ids: readonly number[]): void {
  const { map } = layout;
  const path = new Path2D();
  for (const id of ids) {
    const mine = map.country[id] ?? 0;
    if (mine === 0) continue;
    for (let d = 0; d < 3; d++) {
      const other = map.neighbours[id * 6 + d] ?? -1;
      const theirs = other >= 0 ? (map.country[other] ?? 0) : 0;
      if (theirs === 0 || theirs === mine) continue;
      const [a, b] = edgeEnds(centres[id] ?? { x: 0, y: 0 }, layout.radius, d);
      path.moveTo(a.x, a.y);
      path.lineTo(b.x, b.y);
    }
  }
  ctx.setLineDash([6, 4]);
  ctx.strokeStyle = rgba(BORDER_COLOUR, 0.85);
  ctx.lineWidth = 2.5;
  ctx.stroke(path);
  ctx.setLineDash([]);
}

function drawRivers(ctx: CanvasRenderingContext2D, layout: Layout, centres: Point[], ids: readonly number[]): void {
  const path = new Path2D();
  eachLink(layout.map, layout.map.rivers, ids, (id, d) => {
    const [a, b] = edgeEnds(centres[id] ?? { x: 0, y: 0 }, layout.radius, d);
    path.moveTo(a.x, a.y);
    path.lineTo(b.x, b.y);
  });
  ctx.lineCap = "round";
  ctx.strokeStyle = css(RIVER_COLOUR);
  ctx.lineWidth = 4;
  ctx.stroke(path);
}

function drawRoads(ctx: CanvasRenderingContext2D, layout: Layout, centres: Point[], ids: readonly number[]): void {
  const path = routePath(layout.map, layout.map.roads, centres, ids);
  ctx.lineCap = "round";
  ctx.lineJoin = "round";
  ctx.strokeStyle = rgba(PAPER, 0.8);
  ctx.lineWidth = 5;
  ctx.stroke(path);
  ctx.strokeStyle = css(ROAD_COLOUR);
  ctx.lineWidth = 2.5;
  ctx.stroke(path);
}

function drawTowns(ctx: CanvasRenderingContext2D, layout: Layout, centres: Point[], ids: readonly number[]): void {
  for (const id of ids) {
    const city = Object.hasOwn(layout.map.cities, id) ? layout.map.cities[id] : undefined;
    const c = centres[id];
    if (!city || !c) continue;
    const r = city.population >= 1_000_000 ? 8 : city.population >= 250_000 ? 6.5 : 5;
    ctx.beginPath();
    ctx.arc(c.x, c.y, r, 0, Math.PI * 2);
    ctx.fillStyle = css(INK);
    ctx.fill();
    ctx.lineWidth = 2;
    ctx.strokeStyle = css(PAPER);
    ctx.stroke();
  }
}

/** Pixels each tile's canvas holds beyond its own on every side with a neighbour (tileBounds). */
export const TILE_BLEED = 1;

/**
 * Draws tile `index` of the board, with its bleed, into a new canvas: the same pixels that part
 * of one whole-board raster would hold.
 */
export function bakeTile(art: BoardArt, index: number): HTMLCanvasElement {
  return bakeArea(art, tileBounds(art.grid, index, TILE_BLEED), art.hexes[index] ?? [], art.labelsOf[index] ?? []);
}

/**
 * Draws the part of the board under a world box into one canvas, as its tiles would: the first
 * view, baked in one piece, costs about half its tiles (which reach past it on every side).
 */
export function bakeView(art: BoardArt, box: Box): { canvas: HTMLCanvasElement; bounds: TileBounds } {
  const bounds = rasterBounds(art.grid, box);
  const hexes = new Set<number>();
  const labels = new Set<number>();
  for (const t of tilesOver(art.grid, box)) {
    for (const id of art.hexes[t] ?? []) hexes.add(id);
    for (const i of art.labelsOf[t] ?? []) labels.add(i);
  }
  const ascending = (a: number, b: number): number => a - b;
  return { canvas: bakeArea(art, bounds, [...hexes].sort(ascending), [...labels].sort(ascending)), bounds };
}

function bakeArea(art: BoardArt, bounds: TileBounds, ids: readonly number[], labels: readonly number[]): HTMLCanvasElement {
  const { layout, centres, grid } = art;
  const canvas = document.createElement("canvas");
  canvas.width = bounds.width;
  canvas.height = bounds.height;
  const ctx = canvas.getContext("2d");
  if (!ctx) throw new Error("this browser gives no 2D canvas context");
  paintTerrain(ctx, art, ids, bounds);
  ctx.setTransform(grid.resolution, 0, 0, grid.resolution, -bounds.x, -bounds.y);
  for (const i of labels) {
    const label = art.labels[i];
    if (label) drawMapLabel(ctx, label);
  }
  drawBorders(ctx, layout, centres, ids);
  drawRivers(ctx, layout, centres, ids);
  drawRails(ctx, layout, centres, ids);
  drawRoads(ctx, layout, centres, ids);
  drawBridges(ctx, layout, centres, ids);
  drawTowns(ctx, layout, centres, ids);
  drawPorts(ctx, layout, centres, ids);
  return canvas;
}
