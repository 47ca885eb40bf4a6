// Pixel layout of the board: hex ids to world pixels and back (pointy-top, "odd-r" rows).
// The engine works in km (hexCentreKm); this file is the only place km become pixels.

import { hexAtKm, hexCentreKm, projectToGrid, type HexId, type HexMap } from "../engine";

/** World pixels between adjacent hex centres: the width of a pointy-top hex. */
export const HEX_WIDTH_PX = 40;

export interface Point {
  x: number;
  y: number;
}

export interface Layout {
  map: HexMap;
  /** Pixels per km on the map's frame. */
  scale: number;
  /** Distance from a hex centre to its corners, in pixels. */
  radius: number;
  /** Size of the whole board in world pixels. */
  width: number;
  height: number;
}

export function makeLayout(map: HexMap): Layout {
  const scale = HEX_WIDTH_PX / map.kmPerHex;
  const radius = HEX_WIDTH_PX / Math.sqrt(3);
  const width = (map.cols + 0.5) * HEX_WIDTH_PX;
  const height = (map.rows - 1) * HEX_WIDTH_PX * (Math.sqrt(3) / 2) + 2 * radius;
  return { map, scale, radius, width, height };
}

/** The centre of a hex in world pixels; the board's top-left corner is (0, 0). */
export function hexToWorld(layout: Layout, id: HexId): Point {
  const km = hexCentreKm(layout.map, id);
  return { x: km.x * layout.scale + HEX_WIDTH_PX / 2, y: km.y * layout.scale + layout.radius };
}

/** A latitude and longitude in world pixels (for labels placed by coordinates). */
export function lonLatToWorld(layout: Layout, lat: number, lon: number): Point {
  const km = projectToGrid(layout.map.geo, lat, lon);
  return { x: km.x * layout.scale + HEX_WIDTH_PX / 2, y: km.y * layout.scale + layout.radius };
}

/** The hex under a world pixel, or -1 off the map. */
export function worldToHex(layout: Layout, x: number, y: number): HexId {
  return hexAtKm(layout.map, (x - HEX_WIDTH_PX / 2) / layout.scale, (y - layout.radius) / layout.scale);
}

/**
 * Corner `i` (0–5) of a hex centred at `c`. Corner i sits at angle 60°·i − 30° (screen y points
 * down), so the edge facing engine direction d (DIRECTIONS order) runs from corner 6−d to 7−d.
 */
export function corner(c: Point, radius: number, i: number): Point {
  const a = (Math.PI / 180) * (60 * i - 30);
  return { x: c.x + radius * Math.cos(a), y: c.y + radius * Math.sin(a) };
}

/** The two ends of the edge a hex shares with its neighbour in direction `dir`. */
export function edgeEnds(c: Point, radius: number, dir: number): [Point, Point] {
  return [corner(c, radius, (6 - dir) % 6), corner(c, radius, (7 - dir) % 6)];
}
