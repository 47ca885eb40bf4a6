// Geometry onto hexes: sample points of a hex, polygons (d3-geo's spherical containment),
// polylines as chains of adjacent hexes, and rivers as the hex edges they cut. Every
// coordinate goes through the engine's own projection, so a game's `locate` agrees exactly.

import { geoArea, geoContains } from "d3-geo";
import type { Polygon } from "geojson";
import { axialDistance, hexAtKm, hexCentreKm, projectToGrid, unprojectFromGrid, type HexMap } from "../../src/engine";
import type { LonLat } from "./overlay";

/** Seven points of a hex: its centre, then halfway from the centre to each corner. */
export function hexSamples(map: HexMap, id: number): LonLat[] {
  const c = hexCentreKm(map, id);
  const half = map.kmPerHex / Math.sqrt(3) / 2;
  const out: LonLat[] = [];
  for (let k = -1; k < 6; k++) {
    const a = (Math.PI / 180) * (60 * k - 30);
    const x = k < 0 ? c.x : c.x + half * Math.cos(a);
    const y = k < 0 ? c.y : c.y + half * Math.sin(a);
    const p = unprojectFromGrid(map.geo, x, y);
    out.push([p.lon, p.lat]);
  }
  return out;
}

export interface Area {
  name: string;
  polygon: Polygon;
  box: { west: number; east: number; south: number; north: number };
}

/** A named polygon ready for containment tests, wound the way d3-geo reads an outline. */
export function makeArea(name: string, ring: readonly LonLat[]): Area {
  const closed = [...ring.map(([lon, lat]) => [lon, lat]), [ring[0]?.[0] ?? 0, ring[0]?.[1] ?? 0]];
  let polygon: Polygon = { type: "Polygon", coordinates: [closed] };
  // d3-geo takes a ring's inside to be on its right: wound the other way it covers the globe.
  if (geoArea(polygon) > 2 * Math.PI) polygon = { type: "Polygon", coordinates: [closed.slice().reverse()] };
  const lons = ring.map((p) => p[0]);
  const lats = ring.map((p) => p[1]);
  return { name, polygon, box: { west: Math.min(...lons), east: Math.max(...lons), south: Math.min(...lats), north: Math.max(...lats) } };
}

export function inArea(a: Area, [lon, lat]: LonLat): boolean {
  const b = a.box;
  if (lon < b.west || lon > b.east || lat < b.south || lat > b.north) return false;
  return geoContains(a.polygon, [lon, lat]);
}

/** Hexes between two hexes along a straight line, for a chain that skipped one. */
function bridgeGap(map: HexMap, a: number, b: number): number[] {
  const qa = map.q[a] ?? 0;
  const ra = map.r[a] ?? 0;
  const n = axialDistance({ q: qa, r: ra }, { q: map.q[b] ?? 0, r: map.r[b] ?? 0 });
  const out: number[] = [];
  const ca = hexCentreKm(map, a);
  const cb = hexCentreKm(map, b);
  for (let i = 1; i < n; i++) {
    const id = hexAtKm(map, ca.x + ((cb.x - ca.x) * i) / n + 1e-6, ca.y + ((cb.y - ca.y) * i) / n + 1e-6);
    if (id >= 0 && id !== out[out.length - 1]) out.push(id);
  }
  return out;
}

/** The hexes a polyline passes through, as runs of adjacent hexes (a run ends off the map). */
export function lineHexes(map: HexMap, line: readonly LonLat[]): number[][] {
  const runs: number[][] = [];
  let run: number[] = [];
  const pts = line.map(([lon, lat]) => projectToGrid(map.geo, lat, lon));
  for (let i = 1; i < pts.length; i++) {
    const a = pts[i - 1] ?? { x: 0, y: 0 };
    const b = pts[i] ?? { x: 0, y: 0 };
    const steps = Math.max(1, Math.ceil(Math.hypot(b.x - a.x, b.y - a.y) / 0.5));
    for (let s = i === 1 ? 0 : 1; s <= steps; s++) {
      const id = hexAtKm(map, a.x + ((b.x - a.x) * s) / steps, a.y + ((b.y - a.y) * s) / steps);
      const last = run[run.length - 1];
      if (id === last) continue;
      if (id < 0) {
        if (run.length > 0) runs.push(run);
        run = [];
        continue;
      }
      if (last !== undefined && axialDistance({ q: map.q[last] ?? 0, r: map.r[last] ?? 0 }, { q: map.q[id] ?? 0, r: map.r[id] ?? 0 }) > 1) run.push(...bridgeGap(map, last, id));
      run.push(id);
    }
  }
  if (run.length > 0) runs.push(run);
  return runs;
}

/** Sets the bits of the edge between two adjacent hexes on both sides. */
export function link(map: HexMap, layer: Uint8Array, a: number, b: number): boolean {
  for (let d = 0; d < 6; d++) {
    if (map.neighbours[a * 6 + d] !== b) continue;
    layer[a] = (layer[a] ?? 0) | (1 << d);
    layer[b] = (layer[b] ?? 0) | (1 << ((d + 3) % 6));
    return true;
  }
  return false;
}

type Km = { x: number; y: number };
const orient = (a: Km, b: Km, c: Km): number => (b.x - a.x) * (c.y - a.y) - (b.y - a.y) * (c.x - a.x);

/**
 * The hex edges a river cuts: pairs of neighbours whose centre-to-centre segment crosses the
 * river's line. Any walk from one bank to the other crosses such an edge, so the river is a
 * barrier to movement over its whole length. Returned as `hex * 6 + direction`, lower hex first.
 */
export function riverEdges(map: HexMap, line: readonly LonLat[]): number[] {
  const found = new Set<number>();
  const pts = line.map(([lon, lat]) => projectToGrid(map.geo, lat, lon));
  for (let i = 1; i < pts.length; i++) {
    const a = pts[i - 1] ?? { x: 0, y: 0 };
    const b = pts[i] ?? { x: 0, y: 0 };
    const near = new Set<number>();
    for (const run of lineHexes(map, [unprojectLonLat(map, a), unprojectLonLat(map, b)])) {
      for (const id of run) {
        near.add(id);
        for (let d = 0; d < 6; d++) near.add(map.neighbours[id * 6 + d] ?? -1);
      }
    }
    near.delete(-1);
    for (const h of near) {
      const ch = hexCentreKm(map, h);
      for (let d = 0; d < 6; d++) {
        const n = map.neighbours[h * 6 + d] ?? -1;
        if (n < h) continue;
        const cn = hexCentreKm(map, n);
        if (orient(a, b, ch) * orient(a, b, cn) < 0 && orient(ch, cn, a) * orient(ch, cn, b) <= 0) found.add(h * 6 + d);
      }
    }
  }
  return [...found].sort((x, y) => x - y);
}

function unprojectLonLat(map: HexMap, p: Km): LonLat {
  const g = unprojectFromGrid(map.geo, p.x, p.y);
  return [g.lon, g.lat];
}

/** The hex at a coordinate, or -1 off the map. */
export function hexOf(map: HexMap, [lon, lat]: LonLat): number {
  const p = projectToGrid(map.geo, lat, lon);
  return hexAtKm(map, p.x, p.y);
}
