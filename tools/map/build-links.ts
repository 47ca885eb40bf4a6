// Edges and points of the map from the overlay: rivers along hex edges, roads and railways
// (with gauge) between hex centres, bridges where a road, a railway or a named bridge spans a
// river, and ports on the coast.

import { GAUGE, TERRAIN_CODE, hexCentreKm, isWater, projectToGrid, type HexMap } from "../../src/engine";
import type { LonLat, Overlay } from "./overlay";
import { hexOf, lineHexes, link, riverEdges } from "./rasterise";

/** Rivers cut edges between land hexes only: a river mouth is not a coastline. Returns each river's edges. */
export function buildRivers(map: HexMap, overlay: Overlay): Map<string, number[]> {
  const byName = new Map<string, number[]>();
  for (const river of overlay.rivers) {
    const edges = riverEdges(map, river.line).filter((e) => {
      const h = Math.floor(e / 6);
      const n = map.neighbours[e] ?? -1;
      return n >= 0 && !isWater(map, h) && !isWater(map, n);
    });
    for (const e of edges) link(map, map.rivers, Math.floor(e / 6), map.neighbours[e] ?? -1);
    byName.set(river.name, edges);
  }
  return byName;
}

/** Longest detour over land that joins two stretches of a line split by a bay or a lake shore. */
const MAX_DETOUR = 4;

/** Shortest land path from a to b of at most MAX_DETOUR steps (breadth-first, lowest ids first), or null. */
function landPath(map: HexMap, a: number, b: number): number[] | null {
  const prev = new Map<number, number>([[a, -1]]);
  let frontier = [a];
  for (let depth = 0; depth < MAX_DETOUR && !prev.has(b); depth++) {
    const next: number[] = [];
    for (const h of frontier) {
      for (let d = 0; d < 6; d++) {
        const n = map.neighbours[h * 6 + d] ?? -1;
        if (n < 0 || prev.has(n) || isWater(map, n)) continue;
        prev.set(n, h);
        next.push(n);
      }
    }
    frontier = next;
  }
  if (!prev.has(b)) return null;
  const path: number[] = [];
  for (let h = b; h !== -1; h = prev.get(h) ?? -1) path.push(h);
  return path.reverse();
}

/**
 * Links a line's hexes along the layer. Where a coastal road dips into a hex that the map
 * counts as sea or lake (a bay, a ragged shore), the line goes round it over land, so a
 * corridor such as the Via Baltica stays one road; only a gap no short detour closes is noted.
 */
function drawLine(map: HexMap, layer: Uint8Array, line: readonly LonLat[], notes: string[], what: string): number[] {
  const hexes: number[] = [];
  let broken = 0;
  for (const run of lineHexes(map, line)) {
    const land = run.filter((id) => !isWater(map, id));
    for (let i = 0; i < land.length; i++) {
      const id = land[i] ?? -1;
      const prev = land[i - 1];
      if (prev === undefined) {
        hexes.push(id);
        continue;
      }
      const path = landPath(map, prev, id);
      if (!path) {
        broken++;
        hexes.push(id);
        continue;
      }
      for (let k = 1; k < path.length; k++) {
        link(map, layer, path[k - 1] ?? -1, path[k] ?? -1);
        hexes.push(path[k] ?? -1);
      }
    }
  }
  if (broken > 0) notes.push(`${what} has ${broken} gap(s) over water that no detour of ${MAX_DETOUR} hexes closes.`);
  return hexes;
}

export function buildRoutes(map: HexMap, overlay: Overlay, notes: string[]): void {
  for (const road of overlay.roads) drawLine(map, map.roads, road.line, notes, `The road ${road.name}`);
  for (const rail of overlay.rails) {
    const bit = rail.gauge === 1435 ? GAUGE.standard : GAUGE.broad;
    for (const id of drawLine(map, map.rails, rail.line, notes, `The railway ${rail.name}`)) map.gauge[id] = (map.gauge[id] ?? 0) | bit;
  }
}

/**
 * Bridges: every road or railway edge over a river (those routes run through real bridges),
 * and each named bridge on the edge of its river nearest to it (within one hex).
 */
export function buildBridges(map: HexMap, overlay: Overlay, rivers: Map<string, number[]>): void {
  for (let id = 0; id < map.size; id++) map.bridges[id] = (map.rivers[id] ?? 0) & ((map.roads[id] ?? 0) | (map.rails[id] ?? 0));
  for (const bridge of overlay.bridges) {
    const at = projectToGrid(map.geo, bridge.at[1], bridge.at[0]);
    let best = -1;
    let bestKm = Infinity;
    for (const e of rivers.get(bridge.river) ?? []) {
      const a = hexCentreKm(map, Math.floor(e / 6));
      const b = hexCentreKm(map, map.neighbours[e] ?? 0);
      const km = Math.hypot((a.x + b.x) / 2 - at.x, (a.y + b.y) / 2 - at.y);
      if (km < bestKm) [best, bestKm] = [e, km];
    }
    if (best < 0 || bestKm > map.kmPerHex) throw new Error(`map: the bridge ${bridge.name} is ${bestKm.toFixed(0)} km from the ${bridge.river}'s nearest edge`);
    link(map, map.bridges, Math.floor(best / 6), map.neighbours[best] ?? -1);
  }
}

function coastal(map: HexMap, id: number): boolean {
  if (id < 0 || isWater(map, id)) return false;
  for (let d = 0; d < 6; d++) if (map.terrain[map.neighbours[id * 6 + d] ?? -1] === TERRAIN_CODE.sea) return true;
  return false;
}

/** Each port on the coastal land hex nearest its coordinates (within three hexes). */
export function buildPorts(map: HexMap, overlay: Overlay): void {
  for (const port of overlay.ports) {
    const start = hexOf(map, port.at);
    const at = projectToGrid(map.geo, port.at[1], port.at[0]);
    const ring = new Set<number>([start]);
    for (let step = 0; step < 3; step++) for (const id of [...ring]) for (let d = 0; d < 6; d++) ring.add(map.neighbours[id * 6 + d] ?? -1);
    let best = -1;
    let bestKm = Infinity;
    for (const id of [...ring].sort((a, b) => a - b)) {
      if (!coastal(map, id)) continue;
      const c = hexCentreKm(map, id);
      const km = Math.hypot(c.x - at.x, c.y - at.y);
      if (km < bestKm) [best, bestKm] = [id, km];
    }
    if (best < 0) throw new Error(`map: the port ${port.name} has no coastal land hex within three hexes`);
    map.ports[best] = port.name;
  }
}
