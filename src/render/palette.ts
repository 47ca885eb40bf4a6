// Colours of the board. Sides use the Okabe–Ito colour-blind-safe pair (vermillion and blue)
// and differ in frame shape too (red a diamond, blue a rectangle), so colour is never the only cue.

import type { Side, Terrain } from "../engine";

export const TERRAIN_COLOURS: Readonly<Record<Terrain, number>> = {
  sea: 0x3c5a75,
  lake: 0x5f8fb4,
  open: 0xdcd5a8,
  forest: 0x8aa874,
  marsh: 0xa9b8a0,
  urban: 0x9c8f87,
};

export const SIDE_COLOURS: Readonly<Record<Side, number>> = {
  red: 0xd55e00,
  blue: 0x0072b2,
};

export const INK = 0x1b1b1b;
export const PAPER = 0xffffff;
export const ROAD_COLOUR = 0x8a3b2b;
export const RIVER_COLOUR = 0x2f6fa3;
export const BORDER_COLOUR = 0x5a4a6a;
export const GRID_COLOUR = 0x000000;
/** Reachable hexes: Okabe–Ito yellow reads on every terrain colour above. */
export const REACH_COLOUR = 0xf0e442;
export const SELECT_COLOUR = 0xffffff;

/** `#rrggbb` for DOM and Canvas 2D. */
export function css(colour: number): string {
  return `#${colour.toString(16).padStart(6, "0")}`;
}

/** `rgba(...)` for Canvas 2D strokes and fills with transparency. */
export function rgba(colour: number, alpha: number): string {
  return `rgba(${(colour >> 16) & 255}, ${(colour >> 8) & 255}, ${colour & 255}, ${alpha})`;
}

/** Railways: black with white ties for the Russian gauge, dark blue for the standard gauge. */
export const RAIL_COLOUR = 0x222222;
export const RAIL_STANDARD_COLOUR = 0x1f3f8f;
export const PORT_COLOUR = 0x0b3d5c;
/** Country names on the board: large, pale, behind everything else. */
export const COUNTRY_LABEL_COLOUR = 0x4a3f55;
export const SEA_LABEL_COLOUR = 0xd4e4f0;
