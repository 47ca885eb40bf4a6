// The Baltic map's projection and grid: a Lambert conformal conic centred on the theatre and
// the smallest grid of ~10 km hexes that covers the whole box DESIGN.md §2 asks for.

import { projectToGrid, type LambertConicFrame } from "../../src/engine";

/** The box the map must cover entirely (DESIGN.md §2), in degrees. */
export const EXTENT = { west: 16.5, east: 32.5, south: 52.0, north: 60.6 } as const;

/** Distance between adjacent hex centres. */
export const KM_PER_HEX = 10;

/** Land beyond the box on every side, so the box never ends on a half-hex at the board's edge. */
const MARGIN_KM = 10;

export interface Grid {
  geo: LambertConicFrame;
  cols: number;
  rows: number;
}

/**
 * Standard parallels at 54° and 59° N split the 52–60.6° N band so that scale errors stay
 * small and even; the central meridian 24.5° E is the middle of the box.
 */
export function balticGrid(): Grid {
  const base: LambertConicFrame = { kind: "lambert-conformal-conic", radiusKm: 6371, lon0: 24.5, lat0: 56.3, lat1: 54, lat2: 59, originX: 0, originY: 0 };
  let minEast = Infinity;
  let maxEast = -Infinity;
  let minNorth = Infinity;
  let maxNorth = -Infinity;
  // Parallels are arcs and meridians converge: sample the box's whole outline, not its corners.
  const steps = 320;
  for (let i = 0; i <= steps; i++) {
    const lon = EXTENT.west + ((EXTENT.east - EXTENT.west) * i) / steps;
    const lat = EXTENT.south + ((EXTENT.north - EXTENT.south) * i) / steps;
    for (const [la, lo] of [[EXTENT.south, lon], [EXTENT.north, lon], [lat, EXTENT.west], [lat, EXTENT.east]] as const) {
      const p = projectToGrid(base, la, lo);
      minEast = Math.min(minEast, p.x);
      maxEast = Math.max(maxEast, p.x);
      minNorth = Math.min(minNorth, -p.y);
      maxNorth = Math.max(maxNorth, -p.y);
    }
  }
  // Whole km keep the frame readable; hex centres of every row then span x ≥ 0 to (cols − 1) hexes.
  const originX = Math.floor(minEast - MARGIN_KM);
  const originY = Math.ceil(maxNorth + MARGIN_KM);
  const rowKm = KM_PER_HEX * (Math.sqrt(3) / 2);
  const cols = Math.ceil((maxEast + MARGIN_KM - originX) / KM_PER_HEX) + 1;
  const rows = Math.ceil((originY - (minNorth - MARGIN_KM)) / rowKm) + 1;
  return { geo: { ...base, originX, originY }, cols, rows };
}
