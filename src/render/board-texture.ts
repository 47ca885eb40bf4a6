// Bakes the static map (terrain, hex grid, names of countries and seas, borders, rivers,
// railways, roads, bridges, towns and ports) into one canvas,
// once, so the board costs a single textured quad per frame however many hexes it has.

import { TERRAINS, TERRAIN_CODE, type HexMap } from "../engine";
import { drawBridges, drawPorts, drawRails, routePath } from "./board-features";
import { forEachHexRow } from "./hex-spans";
import { edgeEnds, hexToWorld, type Layout, type Point } from "./layout";
import { drawMapLabels } from "./map-labels";
import { BORDER_COLOUR, INK, PAPER, RIVER_COLOUR, ROAD_COLOUR, TERRAIN_COLOURS, css, rgba } from "./palette";

/** Largest texture side we ask of the GPU (WebGL guarantees far less, every real GPU has 4096). */
const MAX_TEXTURE_SIDE = 4096;

export interface BakedBoard {
  canvas: HTMLCanvasElement;
  /** Texture pixels per world pixel: draw the texture scaled by 1 / this. */
  resolution: number;
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

/**
 * Paints each land hex as horizontal spans of pixels (a pixel belongs to the hex its centre
 * falls in, so neighbours tile without gaps), darkening the pixels along its edges to draw the
 * grid. Native fills of whole spans are far cheaper than 11,000 canvas paths (each path call
 * crosses into the browser: ~0.7 s) or a hex look-up per pixel (~0.3 s).
 */
function paintTerrain(ctx: CanvasRenderingContext2D, layout: Layout, resolution: number): void {
  const { map } = layout;
  const w = ctx.canvas.width;
  const h = ctx.canvas.height;
  const image = ctx.createImageData(w, h);
  const out = new Uint32Array(image.data.buffer);
  const colours = terrainWords();
  const grid = Array.from(colours, (word) => darken(word, 0.8));
  out.fill(colours[TERRAIN_CODE.sea] ?? 0);
  for (let id = 0; id < map.size; id++) {
    const code = map.terrain[id] ?? TERRAIN_CODE.sea;
    if (code === TERRAIN_CODE.sea) continue;
    const fill = colours[code] ?? 0;
    const line = grid[code] ?? 0;
    forEachHexRow(layout, id, resolution, w, h, (py, a, b, edge) => {
      const row = py * w;
      if (edge === 0) {
        out.fill(line, row + a, row + b);
        return;
      }
      out.fill(fill, row + a, row + b);
      out.fill(line, row + a, row + Math.min(b, a + edge));
      out.fill(line, row + Math.max(a, b - edge), row + b);
    });
  }
  ctx.putImageData(image, 0, 0);
}

/** Edges and links that a per-hex bitmask marks, each drawn once (from the lower id). */
function eachLink(map: HexMap, mask: Uint8Array, visit: (id: number, dir: number, other: number) => void): void {
  for (let id = 0; id < map.size; id++) {
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

function drawBorders(ctx: CanvasRenderingContext2D, layout: Layout, centres: Point[]): void {
  const { map } = layout;
  const path = new Path2D();
  for (let id = 0; id < map.size; id++) {
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

function drawRivers(ctx: CanvasRenderingContext2D, layout: Layout, centres: Point[]): void {
  const path = new Path2D();
  eachLink(layout.map, layout.map.rivers, (id, d) => {
    const [a, b] = edgeEnds(centres[id] ?? { x: 0, y: 0 }, layout.radius, d);
    path.moveTo(a.x, a.y);
    path.lineTo(b.x, b.y);
  });
  ctx.lineCap = "round";
  ctx.strokeStyle = css(RIVER_COLOUR);
  ctx.lineWidth = 4;
  ctx.stroke(path);
}

function drawRoads(ctx: CanvasRenderingContext2D, layout: Layout, centres: Point[]): void {
  const path = routePath(layout.map, layout.map.roads, centres);
  ctx.lineCap = "round";
  ctx.lineJoin = "round";
  ctx.strokeStyle = rgba(PAPER, 0.8);
  ctx.lineWidth = 5;
  ctx.stroke(path);
  ctx.strokeStyle = css(ROAD_COLOUR);
  ctx.lineWidth = 2.5;
  ctx.stroke(path);
}

function drawTowns(ctx: CanvasRenderingContext2D, layout: Layout, centres: Point[]): void {
  for (const [key, city] of Object.entries(layout.map.cities)) {
    const c = centres[Number(key)];
    if (!c) continue;
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

/** Draws the whole map into a new canvas at a resolution the GPU will accept. */
export function bakeBoard(layout: Layout, preferredResolution = 0.75): BakedBoard {
  const resolution = Math.min(preferredResolution, MAX_TEXTURE_SIDE / Math.max(layout.width, layout.height));
  const canvas = document.createElement("canvas");
  canvas.width = Math.ceil(layout.width * resolution);
  canvas.height = Math.ceil(layout.height * resolution);
  const ctx = canvas.getContext("2d", { willReadFrequently: true });
  if (!ctx) throw new Error("this browser gives no 2D canvas context");
  paintTerrain(ctx, layout, resolution);
  ctx.scale(resolution, resolution);
  const centres: Point[] = [];
  for (let id = 0; id < layout.map.size; id++) centres.push(hexToWorld(layout, id));
  drawMapLabels(ctx, layout);
  drawBorders(ctx, layout, centres);
  drawRivers(ctx, layout, centres);
  drawRails(ctx, layout, centres);
  drawRoads(ctx, layout, centres);
  drawBridges(ctx, layout, centres);
  drawTowns(ctx, layout, centres);
  drawPorts(ctx, layout, centres);
  return { canvas, resolution };
}
