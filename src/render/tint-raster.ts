// Translucent tints over whole hexes, painted into a pixel buffer: several overlays' tints are
// blended per hex first, so the board gets one texture however many overlays are shown.
// A tint may be hatched (stripes of full strength over a faint wash): a second cue besides
// colour, so "out of supply" or a zone of control reads in grey as well.

import { forEachHexRow } from "./hex-spans";
import type { Layout } from "./layout";

export interface Tint {
  colour: number;
  /** Opacity, 0–1, of the tint (of its stripes when hatched). */
  alpha: number;
  hatch: boolean;
}

/** Stripes run at 45°: a pixel is on one when (x + y) mod PERIOD < WIDTH, in raster pixels. */
const HATCH_PERIOD = 6;
const HATCH_WIDTH = 2;
/** Between its stripes a hatched tint keeps this share of its opacity. */
const HATCH_WASH = 0.3;

/** One RGBA word (little-endian, as ImageData holds it) blending `tints` over nothing, in order. */
export function blend(tints: readonly { colour: number; alpha: number }[]): number {
  let r = 0;
  let g = 0;
  let b = 0;
  let a = 0;
  for (const t of tints) {
    const ta = Math.min(1, Math.max(0, t.alpha));
    if (ta === 0) continue;
    const outA = ta + a * (1 - ta);
    const keep = (a * (1 - ta)) / outA;
    const mine = ta / outA;
    r = ((t.colour >> 16) & 255) * mine + r * keep;
    g = ((t.colour >> 8) & 255) * mine + g * keep;
    b = (t.colour & 255) * mine + b * keep;
    a = outA;
  }
  return ((Math.round(a * 255) << 24) | (Math.round(b) << 16) | (Math.round(g) << 8) | Math.round(r)) >>> 0;
}

/** The two words of a hex under `tints`: for plain pixels and for pixels on a hatch stripe. */
export function hexWords(tints: readonly Tint[]): { plain: number; stripe: number } {
  const plain = blend(tints.map((t) => ({ colour: t.colour, alpha: t.hatch ? t.alpha * HATCH_WASH : t.alpha })));
  const stripe = tints.some((t) => t.hatch) ? blend(tints) : plain;
  return { plain, stripe };
}

/**
 * Paints each hex with a non-zero word into `out` (a `width` × `height` raster at `resolution`
 * raster pixels per world pixel), clearing everything else first.
 */
export function paintTints(out: Uint32Array, width: number, height: number, layout: Layout, resolution: number, plain: Uint32Array, stripe: Uint32Array): void {
  out.fill(0);
  for (let id = 0; id < layout.map.size; id++) {
    const p = plain[id] ?? 0;
    const s = stripe[id] ?? 0;
    if (p === 0 && s === 0) continue;
    forEachHexRow(layout, id, resolution, width, height, (py, a, b) => {
      const row = py * width;
      if (p === s) {
        out.fill(p, row + a, row + b);
        return;
      }
      for (let px = a; px < b; px++) out[row + px] = (px + py) % HATCH_PERIOD < HATCH_WIDTH ? s : p;
    });
  }
}
