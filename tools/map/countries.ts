// Natural Earth's country polygons (world-atlas, 1:50m) cut down to the theatre, and the
// country of any point by d3-geo's spherical point-in-polygon test.

import { feature } from "topojson-client";
import { geoContains } from "d3-geo";
import type { GeometryCollection, Topology } from "topojson-specification";
import type { Polygon, Position } from "geojson";

/** ISO 3166-1 numeric (world-atlas ids) to alpha-2, for every country the window touches. */
const ALPHA2: Readonly<Record<string, string>> = {
  "112": "BY",
  "203": "CZ",
  "208": "DK",
  "233": "EE",
  "246": "FI",
  "248": "AX",
  "276": "DE",
  "428": "LV",
  "440": "LT",
  "578": "NO",
  "616": "PL",
  "643": "RU",
  "752": "SE",
  "804": "UA",
};

/** Kaliningrad oblast: the only Russian land west of 23° E and south of 55.4° N. */
export function tagKaliningrad(code: string, lon: number, lat: number): string {
  return code === "RU" && lon < 23 && lat < 55.4 ? "RU-KGD" : code;
}

export interface Window {
  west: number;
  east: number;
  south: number;
  north: number;
}

export interface CountryPart {
  code: string;
  polygon: Polygon;
  box: Window;
}

type Ring = Position[];

/** Sutherland–Hodgman against one side of the window, in plain longitude/latitude. */
function clipSide(ring: Ring, inside: (p: Position) => boolean, cut: (a: Position, b: Position) => Position): Ring {
  const out: Ring = [];
  for (let i = 0; i < ring.length; i++) {
    const cur = ring[i] ?? [0, 0];
    const prev = ring[(i + ring.length - 1) % ring.length] ?? [0, 0];
    if (inside(cur)) {
      if (!inside(prev)) out.push(cut(prev, cur));
      out.push(cur);
    } else if (inside(prev)) out.push(cut(prev, cur));
  }
  return out;
}

const lonAt = (a: Position, b: Position, lon: number): Position => {
  const t = (lon - (a[0] ?? 0)) / ((b[0] ?? 0) - (a[0] ?? 0));
  return [lon, (a[1] ?? 0) + t * ((b[1] ?? 0) - (a[1] ?? 0))];
};
const latAt = (a: Position, b: Position, lat: number): Position => {
  const t = (lat - (a[1] ?? 0)) / ((b[1] ?? 0) - (a[1] ?? 0));
  return [(a[0] ?? 0) + t * ((b[0] ?? 0) - (a[0] ?? 0)), lat];
};

/**
 * A ring cut to the window. Russia's mainland alone has thousands of vertices from the
 * Baltic to the Pacific; cut to the theatre, each containment test is ~20× cheaper. Edges the
 * cut adds along the window are split every 0.25° so that d3's great-circle arcs follow them;
 * the window is wider than the map, so its edges never decide a hex.
 */
function clipRing(ring: Ring, w: Window): Ring {
  let pts = ring.slice(0, -1);
  pts = clipSide(pts, (p) => (p[0] ?? 0) >= w.west, (a, b) => lonAt(a, b, w.west));
  pts = clipSide(pts, (p) => (p[0] ?? 0) <= w.east, (a, b) => lonAt(a, b, w.east));
  pts = clipSide(pts, (p) => (p[1] ?? 0) >= w.south, (a, b) => latAt(a, b, w.south));
  pts = clipSide(pts, (p) => (p[1] ?? 0) <= w.north, (a, b) => latAt(a, b, w.north));
  if (pts.length < 3) return [];
  const dense: Ring = [];
  for (let i = 0; i < pts.length; i++) {
    const a = pts[i] ?? [0, 0];
    const b = pts[(i + 1) % pts.length] ?? [0, 0];
    const n = Math.ceil(Math.max(Math.abs((b[0] ?? 0) - (a[0] ?? 0)), Math.abs((b[1] ?? 0) - (a[1] ?? 0))) / 0.25);
    for (let k = 0; k < n; k++) dense.push([(a[0] ?? 0) + (((b[0] ?? 0) - (a[0] ?? 0)) * k) / n, (a[1] ?? 0) + (((b[1] ?? 0) - (a[1] ?? 0)) * k) / n]);
  }
  dense.push(dense[0] ?? [0, 0]);
  return dense;
}

function boxOf(rings: Ring[]): Window {
  const box = { west: Infinity, east: -Infinity, south: Infinity, north: -Infinity };
  for (const ring of rings) {
    for (const [lon = 0, lat = 0] of ring) {
      box.west = Math.min(box.west, lon);
      box.east = Math.max(box.east, lon);
      box.south = Math.min(box.south, lat);
      box.north = Math.max(box.north, lat);
    }
  }
  return box;
}

/** Every country polygon that reaches into the window, cut to it, in the atlas's order. */
export function countryParts(topology: Topology, window: Window): CountryPart[] {
  const object = topology.objects.countries as GeometryCollection<{ name: string }>;
  const parts: CountryPart[] = [];
  for (const f of feature(topology, object).features) {
    const g = f.geometry;
    const polygons = g.type === "Polygon" ? [g.coordinates] : g.type === "MultiPolygon" ? g.coordinates : [];
    for (const rings of polygons) {
      const [outer = [], ...holes] = rings.map((r) => clipRing(r, window));
      if (outer.length < 4) continue; // the polygon lies outside the window
      const clipped = [outer, ...holes.filter((r) => r.length >= 4)];
      const code = ALPHA2[String(f.id)];
      if (!code) throw new Error(`map: ${f.properties.name} (${String(f.id)}) reaches the theatre but has no ISO alpha-2 code here`);
      parts.push({ code, polygon: { type: "Polygon", coordinates: clipped }, box: boxOf(clipped) });
    }
  }
  return parts;
}

/** The country at a point (Kaliningrad tagged apart), or null for the sea. */
export function countryAt(parts: readonly CountryPart[], lon: number, lat: number): string | null {
  for (const p of parts) {
    const b = p.box;
    if (lon < b.west || lon > b.east || lat < b.south || lat > b.north) continue;
    if (geoContains(p.polygon, [lon, lat])) return tagKaliningrad(p.code, lon, lat);
  }
  return null;
}
