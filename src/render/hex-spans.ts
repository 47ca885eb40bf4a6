// The pixels of a hex in a raster of the board, as horizontal spans: a pixel belongs to the
// hex its centre falls in, so neighbours tile without gaps or overlaps. The baked board and
// the overlay tints both paint with it, by filling whole spans of a pixel buffer at once.

import { HEX_WIDTH_PX, hexToWorld, type Layout } from "./layout";

/** Where a raster's top left corner lies, in pixels of the whole board at its resolution. */
export interface RasterOrigin {
  x: number;
  y: number;
}

const BOARD_ORIGIN: RasterOrigin = { x: 0, y: 0 };

/**
 * Calls `visit(py, a, b, left, right)` for each row `py` of hex `id` in a `width` × `height`
 * raster drawn at `resolution` raster pixels per world pixel, where the hex covers columns a to
 * b − 1. `left` and `right` are how many pixels at each end of the row lie on the hex's outline
 * (2 along the slanted edges, 1 along the vertical ones, the whole row at a corner), none where
 * the raster's side cuts the hex. A raster that is one tile of the board gives its `origin`;
 * integer origins keep the tiles' pixels exactly those of one raster of the whole board.
 */
export function forEachHexRow(
  layout: Layout,
  id: number,
  resolution: number,
  width: number,
  height: number,
  visit: (py: number, a: number, b: number, left: number, right: number) => void,
  origin: RasterOrigin = BOARD_ORIGIN,
): void {
  const radius = layout.radius * resolution;
  const halfWidth = (HEX_WIDTH_PX / 2) * resolution;
  const c = hexToWorld(layout, id);
  const cx = c.x * resolution - origin.x;
  const cy = c.y * resolution - origin.y;
  const top = Math.max(0, Math.ceil(cy - radius - 0.5));
  const bottom = Math.min(height - 1, Math.floor(cy + radius - 0.5));
  for (let py = top; py <= bottom; py++) {
    const dy = Math.abs(py + 0.5 - cy);
    if (dy >= radius) continue;
    // The upper and lower quarters narrow along edges at 30° to the horizontal.
    const slanted = dy > radius / 2;
    const half = slanted ? (radius - dy) * ROOT3 : halfWidth;
    const start = Math.ceil(cx - half - 0.5);
    const end = Math.ceil(cx + half - 0.5);
    const a = Math.max(0, start);
    const b = Math.min(width, end);
    if (b <= a) continue;
    // A slanted edge crosses two pixels of a row for each pixel of line thickness.
    const edge = radius - dy < 1 ? end - start : slanted ? 2 : 1;
    visit(py, a, b, Math.max(0, start + edge - a), Math.max(0, b - (end - edge)));
  }
}

const ROOT3 = Math.sqrt(3);
