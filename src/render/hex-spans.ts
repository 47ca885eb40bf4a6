// The pixels of a hex in a raster of the board, as horizontal spans: a pixel belongs to the
// hex its centre falls in, so neighbours tile without gaps or overlaps. The baked board and
// the overlay tints both paint with it, by filling whole spans of a pixel buffer at once.

import { HEX_WIDTH_PX, hexToWorld, type Layout } from "./layout";

/**
 * Calls `visit(py, a, b, edge)` for each row `py` of hex `id` in a `width` × `height` raster
 * drawn at `resolution` raster pixels per world pixel, where the hex covers columns a to b − 1.
 * `edge` is how many pixels at each end of the row lie on the hex's outline (2 along the
 * slanted edges, 1 along the vertical ones), or 0 when the whole row does (at a corner).
 */
export function forEachHexRow(
  layout: Layout,
  id: number,
  resolution: number,
  width: number,
  height: number,
  visit: (py: number, a: number, b: number, edge: number) => void,
): void {
  const radius = layout.radius * resolution;
  const halfWidth = (HEX_WIDTH_PX / 2) * resolution;
  const c = hexToWorld(layout, id);
  const cx = c.x * resolution;
  const cy = c.y * resolution;
  const top = Math.max(0, Math.ceil(cy - radius - 0.5));
  const bottom = Math.min(height - 1, Math.floor(cy + radius - 0.5));
  for (let py = top; py <= bottom; py++) {
    const dy = Math.abs(py + 0.5 - cy);
    if (dy >= radius) continue;
    // The upper and lower quarters narrow along edges at 30° to the horizontal.
    const slanted = dy > radius / 2;
    const half = slanted ? (radius - dy) * ROOT3 : halfWidth;
    const a = Math.max(0, Math.ceil(cx - half - 0.5));
    const b = Math.min(width, Math.ceil(cx + half - 0.5));
    if (b <= a) continue;
    // A slanted edge crosses two pixels of a row for each pixel of line thickness.
    visit(py, a, b, radius - dy < 1 ? 0 : slanted ? 2 : 1);
  }
}

const ROOT3 = Math.sqrt(3);
